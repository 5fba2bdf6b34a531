package org.practiceloop.common.tenant;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hibernate's tenant discriminator ({@code quarkus.hibernate-orm.multitenant=DISCRIMINATOR}):
 * every entity with a {@code @TenantId} is read, counted, updated and deleted only within the
 * current organisation, and stored with it, whatever the query says. Native SQL is not covered
 * and names the organisation itself.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class OrganizationTenantResolver implements TenantResolver {

    private final CurrentTenant current;

    OrganizationTenantResolver(CurrentTenant current) {
        this.current = current;
    }

    @Override
    public String getDefaultTenantId() {
        return Tenancy.SERVICE;
    }

    @Override
    public String resolveTenantId() {
        return current.get();
    }

    /** The service's own work (the outbox relay, purges, dispatchers) sees every organisation. */
    @Override
    public boolean isRoot(String tenantId) {
        return Tenancy.SERVICE.equals(tenantId);
    }
}
