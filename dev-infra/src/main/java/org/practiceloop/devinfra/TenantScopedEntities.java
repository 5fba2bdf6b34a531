package org.practiceloop.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Each service's check that its data is tenant-scoped: the service's {@code @QuarkusTest}
 * extends this and names what deliberately stands outside the discriminator, so an entity, a
 * table or a native statement cannot join a service unscoped without someone deciding it. Paths
 * are the module's own (Maven runs each module's tests in its directory).
 */
public abstract class TenantScopedEntities {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The entities of this service that belong to no organisation; none unless a service says so. */
    protected Set<Class<?>> unscopedEntities() {
        return Set.of();
    }

    /**
     * Tables with an organisation but no entity. {@code api_key}: common's {@code ApiKeys} reads it
     * before a request has a tenant, so an entity would only ever be read as the wrong one.
     */
    protected Set<String> tenantTablesWithoutEntity() {
        return Set.of("api_key");
    }

    /** The project's modules whose code runs in this service, besides its own. */
    protected Set<String> modulesBuiltOn() {
        return Set.of("common");
    }

    @Test
    public void everyEntityIsScopedToItsOrganisation() {
        Set<Class<?>> withoutTenantId = entities().stream().filter(type -> !hasTenantId(type))
                .collect(Collectors.toSet());
        assertEquals(unscopedEntities(), withoutTenantId, "entities without @TenantId");
    }

    @Test
    public void everyTableWithAnOrganisationHasAScopedEntity() {
        Set<String> scopedTables = entities().stream().filter(TenantScopedEntities::hasTenantId)
                .map(type -> type.getAnnotation(Table.class).name()).collect(Collectors.toSet());
        Set<String> withoutEntity = new TreeSet<>(NativeStatements.tenantTables(MIGRATIONS));
        withoutEntity.removeAll(scopedTables);
        assertEquals(new TreeSet<>(tenantTablesWithoutEntity()), withoutEntity,
                "tables with organization_id but no @TenantId entity");
    }

    /** The rule is {@link NativeStatements}'s; it reads the sources, so it covers statements no test runs. */
    @Test
    public void everyNativeStatementOnATenantTableNamesTheOrganisation() {
        List<Path> sources = Stream.concat(Stream.of(Path.of("src/main/java")),
                modulesBuiltOn().stream().map(module -> Path.of("..", module, "src/main/java"))).toList();
        sources.forEach(root -> assertTrue(Files.isDirectory(root), root + " is a source root"));
        List<NativeStatements.Statement> statements = NativeStatements.in(sources);
        Set<String> tenantTables = NativeStatements.tenantTables(MIGRATIONS);
        assertFalse(statements.isEmpty(), "the scan finds the service's SQL");
        assertEquals(List.of(), statements.stream()
                .filter(statement -> !NativeStatements.keepsToItsOrganisation(statement, tenantTables))
                .map(NativeStatements.Statement::toString).toList(),
                "native statements on " + tenantTables + " that neither name organization_id nor declare "
                        + "themselves cross-tenant (" + NativeStatements.DECLARATION + " why */ or a SKIP LOCKED claim)");
    }

    private static Set<Class<?>> entities() {
        Set<Class<?>> entities = CDI.current().select(EntityManagerFactory.class).get().getMetamodel().getEntities()
                .stream().map(EntityType::getJavaType).collect(Collectors.toSet());
        assertFalse(entities.isEmpty(), "the service maps entities");
        return entities;
    }

    /** On the entity or a mapped superclass it inherits the column from. */
    private static boolean hasTenantId(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(TenantId.class))) {
                return true;
            }
        }
        return false;
    }
}
