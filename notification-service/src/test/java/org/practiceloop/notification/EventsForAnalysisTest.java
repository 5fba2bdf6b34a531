package org.practiceloop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * InterviewLogged, InterviewDeleted and EvaluationRevised share the evaluations' topic
 * (docs/events.md); this service has nothing to do with them and must not take them for broken
 * evaluations.
 */
@QuarkusTest
class EventsForAnalysisTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void theInterviewAndRevisionEventsAreSkippedNotDeadLettered() throws Exception {
        String key = "default/cand-" + UUID.randomUUID();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode logged = (ObjectNode) mapper.readTree(Files.readString(Path.of("../docs/events/interview-logged.v1.json")));
        ObjectNode deleted = (ObjectNode) mapper.readTree(Files.readString(Path.of("../docs/events/interview-deleted.v1.json")));
        ObjectNode revised = (ObjectNode) mapper.readTree(Files.readString(Path.of("../docs/events/evaluation-revised.v1.json")));
        String marker = UUID.randomUUID().toString();
        logged.put("eventId", UUID.randomUUID().toString());
        deleted.put("eventId", UUID.randomUUID().toString());
        revised.put("eventId", UUID.randomUUID().toString());
        ConsumerTask<String, String> dead = kafka.consumeStrings().fromTopics("dead-letter-topic-evaluation-submitted-notification");
        try {
            // On one partition, in order: the two interview events, a revision, then a record that is dead-lettered.
            kafka.produceStrings().fromRecords(List.of(
                    new ProducerRecord<>("evaluation-submitted", key, logged.toString()),
                    new ProducerRecord<>("evaluation-submitted", key, deleted.toString()),
                    new ProducerRecord<>("evaluation-submitted", key, revised.toString()),
                    new ProducerRecord<>("evaluation-submitted", key, "not an event " + marker))).awaitCompletion();

            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> dead.getRecords().stream().anyMatch(r -> r.value().contains(marker)));
            assertThat(dead.getRecords()).filteredOn(r -> key.equals(r.key())).extracting(r -> r.value())
                    .as("only the broken record, handled after the interview and revision events").singleElement()
                    .asString().contains(marker);
        } finally {
            dead.close();
        }
    }
}
