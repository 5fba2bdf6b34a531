package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.analysis.domain.Reason;

/** EvaluationAnalyzed as the outbox really publishes it, read back from the real broker. */
@QuarkusTest
class EvaluationAnalyzedEventTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Test
    void eachRevisionLabelledIsPublishedForThePartnerAsDocumented() throws Exception {
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode original = ContractEvents.evaluationFor(candidate);
        ObjectNode data = (ObjectNode) original.get("data");
        ((ObjectNode) data.get("interviewer")).put("email", "anna@example.com");
        data.put("amendableUntil", "2026-03-09T17:04:05.120001Z");
        ConsumerTask<String, String> analyzed = kafka.consumeStrings().fromTopics("evaluation-analyzed");
        try {
            Pipeline.submit(kafka, original);
            ConsumerRecord<String, String> first = awaitRevision(analyzed, candidate, 1);
            assertThat(first.key()).isEqualTo("default/" + candidate);
            JsonNode produced = mapper.readTree(first.value());
            ObjectNode documented = ContractEvents.read(ContractEvents.EVALUATION_ANALYZED);
            assertThat(shape(withoutReasonCounts(produced)))
                    .as("the fields and their types match docs/events/evaluation-analyzed.v1.json")
                    .isEqualTo(shape(withoutReasonCounts(documented)));
            assertThat(names(produced.at("/data/summary/shieldedByReason")))
                    .as("a count for every reason, by its wire name")
                    .isEqualTo(Arrays.stream(Reason.values()).map(Reason::toString).collect(Collectors.toSet()));

            JsonNode event = produced.path("data");
            assertThat(event.path("evaluationId").asText()).isEqualTo(data.path("evaluationId").asText());
            assertThat(event.at("/candidate/id").asText()).isEqualTo(candidate);
            assertThat(event.path("candidate").size()).as("no contact details of the candidate").isEqualTo(1);
            assertThat(event.at("/interviewer/email").asText()).isEqualTo("anna@example.com");
            assertThat(event.path("amendableUntil").asText()).isEqualTo("2026-03-09T17:04:05.120001Z");
            assertThat(event.path("items").findValuesAsText("text")).containsExactly("Clean, readable code.",
                    "Clarify the requirements before coding", "Test the edge cases",
                    "The role was frozen this week, nothing to do with you.", "Not convincing overall.");
            assertThat(event.path("items").findValuesAsText("field")).containsExactly("strengths", "improvements",
                    "improvements", "comments", "ratings.communication.note");
            JsonNode frozen = event.at("/items/3");
            assertThat(frozen.path("reason").asText()).isEqualTo(Reason.EXTERNAL.toString());
            assertThat(frozen.path("shownToCandidate").asBoolean()).isFalse();
            assertThat(frozen.path("suggestion").asText()).contains("outside the candidate's control");
            JsonNode vague = event.at("/items/4");
            assertThat(vague.path("reason").asText()).isEqualTo(Reason.VAGUE.toString());
            assertThat(vague.path("suggestion").asText()).as("the review's prompt for a vague remark on communication")
                    .contains("Name the moment", "about communication").doesNotStartWith("Be more specific");
            for (JsonNode item : event.path("items")) {
                boolean shown = item.path("label").asText().equals("constructive");
                assertThat(item.path("shownToCandidate").asBoolean()).isEqualTo(shown);
                assertThat(item.path("suggestion").isNull()).as("a suggestion for each shielded item only")
                        .isEqualTo(shown);
                assertThat(item.path("theme").isNull()).isEqualTo(!shown);
                assertThat(item.path("reason").isNull()).isEqualTo(shown);
            }
            assertThat(event.at("/summary/items").asInt()).isEqualTo(5);
            assertThat(event.at("/summary/shown").asInt()).isEqualTo(2);
            assertThat(event.at("/summary/shieldedByReason/vague").asInt()).isEqualTo(1);
            assertThat(event.at("/summary/shieldedByReason/external").asInt()).isEqualTo(1);

            Pipeline.submit(kafka, ContractEvents.revisionOf(original, 2));
            JsonNode second = mapper.readTree(awaitRevision(analyzed, candidate, 2).value()).path("data");
            assertThat(second.path("items").findValuesAsText("text")).doesNotContain("Not convincing overall.")
                    .contains("Interrupted me twice while I was explaining the approach; let the interviewer finish "
                            + "before answering.");
            assertThat(second.at("/summary/shieldedByReason/vague").asInt()).isZero();
        } finally {
            analyzed.close();
        }
    }

    private static ConsumerRecord<String, String> awaitRevision(ConsumerTask<String, String> records, String candidate,
            int revision) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> records.getRecords().stream()
                        .filter(r -> r.key().equals("default/" + candidate))
                        .filter(r -> r.value().contains("\"revision\":" + revision + ","))
                        .findFirst().orElse(null), r -> r != null);
    }

    /** The counts are keyed by the reasons' wire names, checked against the enum instead. */
    private static JsonNode withoutReasonCounts(JsonNode event) {
        ObjectNode copy = event.deepCopy();
        ((ObjectNode) copy.at("/data/summary")).remove("shieldedByReason");
        return copy;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Each value replaced by its JSON type; an array by the merged shape of its elements ("null|string" where both occur). */
    private static JsonNode shape(JsonNode node) {
        if (node.isObject()) {
            ObjectNode shape = new ObjectMapper().createObjectNode();
            node.fields().forEachRemaining(field -> shape.set(field.getKey(), shape(field.getValue())));
            return shape;
        }
        if (node.isArray()) {
            JsonNode merged = null;
            for (JsonNode element : node) {
                merged = merged == null ? shape(element) : merge(merged, shape(element));
            }
            ArrayNode shape = new ObjectMapper().createArrayNode();
            return merged == null ? shape : shape.add(merged);
        }
        return TextNode.valueOf(node.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private static JsonNode merge(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            ObjectNode merged = a.deepCopy();
            b.fields().forEachRemaining(field -> merged.set(field.getKey(),
                    merged.has(field.getKey()) ? merge(merged.get(field.getKey()), field.getValue()) : field.getValue()));
            return merged;
        }
        Set<String> types = new TreeSet<>(List.of(a.asText().split("\\|")));
        types.addAll(List.of(b.asText().split("\\|")));
        return TextNode.valueOf(String.join("|", types));
    }
}
