package org.practiceloop.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;

class EventConsumptionTest {

    private static final Duration SHORT = Duration.ofMillis(1);
    /** Reading needs no idempotency log; the services' tests cover applying once. */
    private static final EventConsumption CONSUMPTION = new EventConsumption(
            new ObjectMapper().findAndRegisterModules(),
            Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().getValidator(),
            null);

    record Change(@NotNull String id, @Min(1) int version, @NotNull @Valid Who who) {
    }

    record Who(@NotNull String email, String name) {
    }

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
        assertThat(read("\"acme\"", VALID).organizationId()).isEqualTo("acme");
        for (String organization : new String[] {"", " ", Tenancy.SERVICE}) {
            assertThatThrownBy(() -> read("\"" + organization + "\"", VALID)).as(organization)
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessage("Test names no organisation");
        }
    }

    @Test
    void aValidEventIsReadWithItsData() {
        assertThat(read("\"acme\"", VALID).data())
                .isEqualTo(new Change("k-1", 2, new Who("ada@example.org", "Ada Lovelace")));
    }

    @Test
    void anInvalidEventNamesEveryFailingPathButNoValue() {
        String data = """
                {"id": null, "version": 0, "who": {"name": "Ada Lovelace"}}""";

        assertThatThrownBy(() -> read("null", data)).isInstanceOf(InvalidEventException.class)
                .hasMessage("Test is invalid at data.id (NotNull), data.version (Min), data.who.email (NotNull), "
                        + "organizationId (NotNull)")
                .hasNoCause();
        assertThatThrownBy(() -> read("\"acme\"", "null")).hasMessage("Test is invalid at data (NotNull)");
    }

    @Test
    void aRejectedValueIsNeverQuoted() {
        String data = """
                {"id": "k-1", "version": -7, "who": {"email": null, "name": "Ada Lovelace"}}""";

        assertThatThrownBy(() -> read("\"acme\"", data)).isInstanceOf(InvalidEventException.class)
                .message().doesNotContain("-7", "Ada", "k-1", "acme");
    }

    @Test
    void unreadableJsonIsLocatedNotQuoted() {
        assertThatThrownBy(() -> CONSUMPTION.read("{\"eventId\": ada@example.org}", Change.class, "Test", 1))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("Not an Test event: JsonParseException at")
                .message().doesNotContain("ada");
    }

    private static final String VALID = """
            {"id": "k-1", "version": 2, "who": {"email": "ada@example.org", "name": "Ada Lovelace"}}""";

    private static EventEnvelope<Change> read(String organization, String data) {
        String payload = """
                {"eventId": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "eventType": "Test", "eventVersion": 1,
                 "organizationId": %s, "occurredAt": "2026-11-22T10:00:00Z", "data": %s}"""
                .formatted(organization, data);
        return CONSUMPTION.read(payload, Change.class, "Test", 1);
    }

    private static Runnable failingTimes(AtomicInteger attempts, int failures) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("database unavailable");
            }
        };
    }
}
