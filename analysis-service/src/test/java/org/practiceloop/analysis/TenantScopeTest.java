package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TenantEntities;
import org.practiceloop.outbox.OutboxMessage;

/** Every entity of this service is read and written within one organisation (the tenant discriminator). */
@QuarkusTest
class TenantScopeTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyEntityIsScopedToItsOrganisationExceptTheOutbox() {
        assertThat(TenantEntities.withoutTenantId(entityManagerFactory.getMetamodel()))
                .as("the outbox is the relay's, across organisations")
                .containsExactly(OutboxMessage.class);
    }
}
