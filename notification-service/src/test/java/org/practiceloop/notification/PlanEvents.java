package org.practiceloop.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** ActionPlanUpdated events made from the documented example, which analysis-service's tests check against its real output. */
public final class PlanEvents {

    private static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/action-plan-updated.v1.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanEvents() {
    }

    /** The example with a fresh event id, for this candidate, address and plan version. */
    public static ObjectNode forCandidate(String candidateId, String email, int planVersion) {
        try {
            ObjectNode event = (ObjectNode) MAPPER.readTree(Files.readString(CONTRACT_EXAMPLE));
            event.put("eventId", UUID.randomUUID().toString());
            ((ObjectNode) event.get("data")).put("planVersion", planVersion);
            ObjectNode who = (ObjectNode) event.at("/data/candidate");
            who.put("id", candidateId);
            who.put("email", email);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode forCandidate(String candidateId, int planVersion) {
        return forCandidate(candidateId, candidateId + "@example.com", planVersion);
    }

    public static void publish(KafkaCompanion kafka, ObjectNode event) {
        String key = event.at("/organizationId").asText() + "/" + event.at("/data/candidate/id").asText();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>("action-plan-updated", key, event.toString())))
                .awaitCompletion();
    }
}
