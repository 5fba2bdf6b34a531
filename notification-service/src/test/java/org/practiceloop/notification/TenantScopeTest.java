package org.practiceloop.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.practiceloop.devinfra.TenantScopedEntities;

/** Every entity of this service is read and written within one organisation (the tenant discriminator). */
@QuarkusTest
class TenantScopeTest extends TenantScopedEntities {
}
