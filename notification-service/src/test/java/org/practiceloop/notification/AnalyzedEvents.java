package org.practiceloop.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.notification.domain.PartnerEmail;
import org.practiceloop.notification.domain.ProcessedEvent;

/**
 * EvaluationAnalyzed events made from the documented example (analysis-service's tests check it
 * against what it really publishes), and what this service made of them.
 */
public final class AnalyzedEvents {

    private static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/evaluation-analyzed.v1.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalyzedEvents() {
    }

    /** The example with fresh event and evaluation ids, for this candidate and partner, amendable for a week. */
    public static ObjectNode forEvaluation(String candidateId, String partnerEmail) {
        try {
            ObjectNode event = (ObjectNode) MAPPER.readTree(Files.readString(CONTRACT_EXAMPLE));
            event.put("eventId", UUID.randomUUID().toString());
            ObjectNode data = (ObjectNode) event.get("data");
            data.put("evaluationId", UUID.randomUUID().toString());
            data.put("amendableUntil", Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MICROS).toString());
            ((ObjectNode) data.get("candidate")).put("id", candidateId);
            ((ObjectNode) data.get("interviewer")).put("email", partnerEmail);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same evaluation analysed again, as after an amendment: a new event of a later revision. */
    public static ObjectNode revised(ObjectNode event, int revision) {
        ObjectNode again = event.deepCopy().put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) again.get("data")).put("revision", revision);
        return again;
    }

    public static UUID evaluationId(ObjectNode event) {
        return UUID.fromString(event.at("/data/evaluationId").asText());
    }

    /** Keyed like the producer's: the candidate's events share a partition, so they are applied in this order. */
    public static void publish(KafkaCompanion kafka, ObjectNode... events) {
        kafka.produceStrings().fromRecords(List.of(events).stream().map(event -> new ProducerRecord<>("evaluation-analyzed",
                event.at("/organizationId").asText() + "/" + event.at("/data/candidate/id").asText(), event.toString()))
                .toList()).awaitCompletion();
    }

    /** Waits until the event is in the idempotency log: applied, with whatever effects it had. */
    public static void awaitApplied(EntityManager entityManager, ObjectNode event) {
        UUID eventId = UUID.fromString(event.get("eventId").asText());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tenancy.asOrganization(event.at("/organizationId").asText(), () -> QuarkusTransaction.requiringNew()
                        .call(() -> entityManager.find(ProcessedEvent.class, eventId) != null)));
    }

    /** The partner email stored for the event's evaluation, if any. */
    public static Optional<PartnerEmail> partnerEmail(ObjectNode event) {
        return Tenancy.asOrganization(event.at("/organizationId").asText(), () -> QuarkusTransaction.requiringNew()
                .call(() -> PartnerEmail.forEvaluation(event.at("/organizationId").asText(), evaluationId(event))));
    }
}
