package org.practiceloop.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;

class EventConsumptionTest {

    private static final Duration SHORT = Duration.ofMillis(1);

    @Test
    void aLimitedRetryGivesUpAfterItsLimit() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> EventConsumption.apply(failingTimes(attempts, 30), SHORT, SHORT, 25)
                .await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(26);
    }

    @Test
    void anUnlimitedRetryOutlastsMoreFailuresThanTheLimit() {
        AtomicInteger attempts = new AtomicInteger();

        EventConsumption.apply(failingTimes(attempts, 30), SHORT, SHORT, Long.MAX_VALUE)
                .await().atMost(Duration.ofSeconds(30));

        assertThat(attempts).hasValue(31);
    }

    @Test
    void anEventThatNamesNoOrganisationOrTheServiceIsRejectedBeforeItIsApplied() {
        assertThat(read("acme").organizationId()).isEqualTo("acme");
        for (String organization : new String[] {"", " ", Tenancy.SERVICE}) {
            assertThatThrownBy(() -> read(organization)).as(organization).isInstanceOf(InvalidEventException.class)
                    .hasMessage("Test names no organisation");
        }
    }

    private static EventEnvelope<Object> read(String organization) {
        String payload = """
                {"eventId": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "eventType": "Test", "eventVersion": 1,
                 "organizationId": "%s", "occurredAt": "2026-11-22T10:00:00Z", "data": {"x": 1}}"""
                .formatted(organization);
        return EventConsumption.read(new ObjectMapper().findAndRegisterModules(), payload,
                new TypeReference<EventEnvelope<Object>>() { }, "Test", 1);
    }

    private static Runnable failingTimes(AtomicInteger attempts, int failures) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("database unavailable");
            }
        };
    }
}
