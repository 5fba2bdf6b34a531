package org.practiceloop.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.FinishedSpans;
import org.practiceloop.notification.PlanEvents;

/**
 * The sends continue the trace of what queued them: the plan email and the webhook posts go out
 * later, from the delivery queue, yet belong to the trace the plan event's record carries.
 */
@QuarkusTest
class SendTraceTest {

    private static WebhookReceiver receiver;

    @Inject
    FinishedSpans spans;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private String endpointId;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver(0);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void removeEndpoint() {
        given().delete("/api/v1/webhooks/" + endpointId);
    }

    @Test
    void theEmailSendAndTheWebhookPostsBelongToThePlanEventsTrace() {
        String path = "traced-" + UUID.randomUUID();
        JsonPath endpoint = given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.endpoint(path, 200), "eventTypes", List.of("plan.updated", "email.sent")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        endpointId = endpoint.getString("id");
        receiver.secret(path, endpoint.getString("secret"));

        String traceId = FinishedSpans.newTraceId();
        String candidate = "cand-" + UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>("action-plan-updated", "default/" + candidate,
                PlanEvents.forCandidate(candidate, 1).toString());
        record.headers().add("traceparent", FinishedSpans.newTraceparent(traceId).getBytes(StandardCharsets.US_ASCII));
        kafka.produceStrings().fromRecords(List.of(record)).awaitCompletion();

        List<SpanData> trace = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> spans.ofTrace(traceId), finished -> named(finished, "webhook post").size() == 2
                        && named(finished, "plan-email send").size() == 1);
        SpanData consumed = trace.stream().filter(span -> span.getKind() == SpanKind.CONSUMER
                && span.getName().equals("action-plan-updated receive")).findFirst().orElseThrow();
        SpanData emailSend = named(trace, "plan-email send").get(0);
        assertThat(emailSend.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(emailSend.getParentSpanId()).as("the email was queued by the consumer")
                .isEqualTo(consumed.getSpanId());
        assertThat(named(trace, "webhook post")).extracting(SpanData::getParentSpanId)
                .as("plan.updated was queued by the consumer, email.sent by the email's send")
                .containsExactlyInAnyOrder(consumed.getSpanId(), emailSend.getSpanId());
        assertThat(receiver.received(path)).hasSize(2).allMatch(WebhookReceiver.Received::verified);
    }

    private static List<SpanData> named(List<SpanData> spans, String name) {
        return spans.stream().filter(span -> span.getName().equals(name)).toList();
    }
}
