package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.FinishedSpans;

/**
 * The outbox keeps the submitter's trace: the relay publishes the event later, on its own
 * thread, yet the record's span and headers belong to the request that wrote it.
 */
@QuarkusTest
class EvaluationTraceTest {

    @Inject
    FinishedSpans spans;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void theRelaysPublishContinuesTheTraceOfTheRequestThatWroteTheEvent() {
        String traceId = FinishedSpans.newTraceId();
        ConsumerTask<String, String> consumer = kafka.consumeStrings().fromTopics("evaluation-submitted");
        String id = given().header("traceparent", FinishedSpans.newTraceparent(traceId))
                .contentType(ContentType.JSON).body(Evaluations.example())
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> record = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> consumer.getRecords().stream()
                        .filter(r -> r.value().contains(id)).findFirst().orElse(null), r -> r != null);
        consumer.close();
        assertThat(FinishedSpans.traceIdOf(record)).as("the record's trace").isEqualTo(traceId);

        List<SpanData> trace = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> spans.ofTrace(traceId), finished -> finished.stream()
                        .anyMatch(span -> span.getKind() == SpanKind.PRODUCER));
        SpanData request = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData publish = trace.stream().filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertThat(request.getName()).isEqualTo("POST /api/v1/evaluations");
        assertThat(publish.getName()).isEqualTo("evaluation-submitted publish");
        assertThat(publish.getParentSpanId()).as("the publish is the request's child").isEqualTo(request.getSpanId());
    }
}
