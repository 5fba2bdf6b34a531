package org.practiceloop.devinfra;

import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * For each service's test that its entities are tenant-scoped: the mapped entities without a
 * {@code @TenantId}, which the test compares with its written list of shared tables, so a new
 * entity cannot join the service unscoped without someone deciding it.
 */
public final class TenantEntities {

    private TenantEntities() {
    }

    public static Set<Class<?>> withoutTenantId(Metamodel metamodel) {
        return metamodel.getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(type -> Arrays.stream(type.getDeclaredFields()).noneMatch(TenantEntities::isTenantId))
                .collect(Collectors.toSet());
    }

    private static boolean isTenantId(Field field) {
        return field.isAnnotationPresent(TenantId.class);
    }
}
