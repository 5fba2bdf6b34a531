package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.FinishedSpans;

/**
 * An evaluation's trace continues through the analysis: the consumer's span joins the trace the
 * record carries, and the plan's event, published later from the outbox, stays in it.
 */
@QuarkusTest
class EvaluationTraceTest {

    @Inject
    FinishedSpans spans;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void thePlanEventContinuesTheTraceOfTheEvaluationItCameFrom() {
        String traceId = FinishedSpans.newTraceId();
        String candidate = "cand-traced";
        ObjectNode event = ContractEvents.evaluationFor(candidate);
        ConsumerTask<String, String> plans = kafka.consumeStrings().fromTopics("action-plan-updated");
        ProducerRecord<String, String> record = new ProducerRecord<>("evaluation-submitted",
                event.path("organizationId").asText() + "/" + candidate, event.toString());
        record.headers().add("traceparent", FinishedSpans.newTraceparent(traceId).getBytes(StandardCharsets.US_ASCII));
        kafka.produceStrings().fromRecords(List.of(record)).awaitCompletion();

        ConsumerRecord<String, String> plan = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> plans.getRecords().stream()
                        .filter(r -> r.value().contains("\"" + candidate + "\"")).findFirst().orElse(null), r -> r != null);
        plans.close();
        assertThat(FinishedSpans.traceIdOf(plan)).as("the plan event's trace").isEqualTo(traceId);

        List<SpanData> trace = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> spans.ofTrace(traceId), finished -> finished.stream()
                        .anyMatch(span -> span.getKind() == SpanKind.PRODUCER));
        assertThat(trace).extracting(SpanData::getKind, SpanData::getName)
                .contains(tuple(SpanKind.CONSUMER, "evaluation-submitted receive"),
                        tuple(SpanKind.PRODUCER, "action-plan-updated publish"));
    }
}
