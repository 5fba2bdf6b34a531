package org.practiceloop.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Each service's check that its entities are tenant-scoped: the service's {@code @QuarkusTest}
 * extends this and names the entities that deliberately belong to no organisation, so a new
 * entity cannot join a service unscoped without someone deciding it.
 */
public abstract class TenantScopedEntities {

    /** The entities of this service that belong to no organisation; none unless a service says so. */
    protected Set<Class<?>> unscopedEntities() {
        return Set.of();
    }

    @Test
    public void everyEntityIsScopedToItsOrganisation() {
        Set<Class<?>> entities = CDI.current().select(EntityManagerFactory.class).get().getMetamodel().getEntities()
                .stream().map(EntityType::getJavaType).collect(Collectors.toSet());
        assertFalse(entities.isEmpty(), "the service maps entities");
        Set<Class<?>> withoutTenantId = entities.stream()
                .filter(type -> !hasTenantId(type)).collect(Collectors.toSet());
        assertEquals(unscopedEntities(), withoutTenantId, "entities without @TenantId");
    }

    /** Declared by the entity or by a mapped superclass it extends. */
    private static boolean hasTenantId(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(TenantId.class))) {
                return true;
            }
        }
        return false;
    }
}
