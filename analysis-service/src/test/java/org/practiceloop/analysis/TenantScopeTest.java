package org.practiceloop.analysis;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.practiceloop.devinfra.TenantScopedEntities;

/** Every entity of this service is read and written within one organisation (the tenant discriminator). */
@QuarkusTest
class TenantScopeTest extends TenantScopedEntities {

    @Override
    protected Set<String> modulesBuiltOn() {
        return Set.of("common", "outbox");
    }
}
