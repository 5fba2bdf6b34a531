package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TenantEntities;

/** Every entity of this service is read and written within one organisation (the tenant discriminator). */
@QuarkusTest
class TenantScopeTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyEntityIsScopedToItsOrganisation() {
        assertThat(entityManagerFactory.getMetamodel().getEntities()).isNotEmpty();
        assertThat(TenantEntities.withoutTenantId(entityManagerFactory.getMetamodel())).isEmpty();
    }
}
