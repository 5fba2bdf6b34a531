package org.practiceloop.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.notification.AnalyzedEvents;
import org.practiceloop.notification.PlanEvents;
import org.practiceloop.notification.ScrapedMetrics;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookDeliveryStatus;
import org.practiceloop.notification.domain.WebhookEndpoint;
import org.practiceloop.notification.service.HostResolver;

/**
 * Signed webhooks to a real HTTP receiver that checks every signature with the integrators'
 * example code (WebhookVerifier): events as the producers really publish them, retries over
 * failures and timeouts, disabling an endpoint that keeps failing, and the test event.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EVALUATION_EXAMPLE = Path.of("../docs/events/evaluation-submitted.v1.json");
    private static final Path ERASURE_EXAMPLE = Path.of("../docs/events/candidate-erased.v1.json");
    /** Longer than the test profile's 2 s webhook timeout. */
    private static WebhookReceiver receiver;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    private final List<String> registered = new ArrayList<>();

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver(3_000);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void removeEndpoints() {
        registered.forEach(id -> given().delete("/api/v1/webhooks/" + id));
    }

    @Test
    void aPlanUpdateIsDeliveredOnceSignedAndWithoutPersonalText() throws Exception {
        String path = "plans-" + UUID.randomUUID();
        String id = register(path, List.of("plan.updated"), 200);
        given().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue())
                .body("enabled", equalTo(true))
                .body("eventTypes", equalTo(List.of("plan.updated")));

        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode event = PlanEvents.forCandidate(candidate, 1);
        publish("action-plan-updated", candidate, event);
        publish("action-plan-updated", candidate, event); // redelivered: nothing new

        WebhookReceiver.Received message = awaitReceived(path, 1).get(0);
        assertThat(message.verified()).as("signature verifies with the documented code").isTrue();
        assertThat(message.verifiedByReference()).as("and with the Standard Webhooks library").isTrue();
        assertThat(message.id()).startsWith("msg_");
        JsonNode body = MAPPER.readTree(message.body());
        assertThat(body.get("type").asText()).isEqualTo("plan.updated");
        assertThat(body.at("/data/candidateId").asText()).isEqualTo(candidate);
        assertThat(body.at("/data/planVersion").asInt()).isEqualTo(1);
        assertThat(body.at("/data/focusAreas/0/theme").asText()).isEqualTo("problem_clarification");
        assertThat(body.at("/data/shieldedItems").asInt()).isEqualTo(3);
        assertThat(message.body()).doesNotContain("@example.com", "Clarify the requirements before coding");

        Thread.sleep(1_500); // a duplicate would have followed by now
        assertThat(receiver.received(path)).hasSize(1);
        given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("[0].status", equalTo("DELIVERED"))
                .body("[0].attempts", equalTo(1))
                .body("[0].lastResponseStatus", equalTo(200))
                .body("[0].messageId", equalTo(message.id()));
    }

    @Test
    void anAcceptedEvaluationAndTheEmailSentAreDelivered() throws Exception {
        String path = "all-" + UUID.randomUUID();
        register(path, List.of("evaluation.accepted", "email.sent"), 200);

        ObjectNode evaluation = (ObjectNode) MAPPER.readTree(Files.readString(EVALUATION_EXAMPLE));
        String candidate = "cand-" + UUID.randomUUID();
        evaluation.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) evaluation.at("/data/candidate")).put("id", candidate);
        String evaluationId = UUID.randomUUID().toString();
        ((ObjectNode) evaluation.get("data")).put("evaluationId", evaluationId);
        publish("evaluation-submitted", candidate, evaluation);
        publish("action-plan-updated", candidate, PlanEvents.forCandidate(candidate, 1));

        List<JsonNode> bodies = new ArrayList<>();
        for (WebhookReceiver.Received message : awaitReceived(path, 2)) {
            assertThat(message.verified()).isTrue();
            assertThat(message.verifiedByReference()).isTrue();
            bodies.add(MAPPER.readTree(message.body()));
        }
        JsonNode accepted = bodies.stream().filter(b -> b.get("type").asText().equals("evaluation.accepted"))
                .findFirst().orElseThrow();
        assertThat(accepted.at("/data/evaluationId").asText()).isEqualTo(evaluationId);
        assertThat(accepted.at("/data/candidateId").asText()).isEqualTo(candidate);
        assertThat(accepted.at("/data/sessionDate").asText()).isEqualTo("2026-03-02");
        assertThat(accepted.toString()).doesNotContain("ada@example.com", "Ada Byron");
        JsonNode sent = bodies.stream().filter(b -> b.get("type").asText().equals("email.sent"))
                .findFirst().orElseThrow();
        assertThat(sent.at("/data/candidateId").asText()).isEqualTo(candidate);
        assertThat(sent.at("/data/messageId").asText()).matches("<plan-[0-9a-f-]{36}@practiceloop>");
    }

    @Test
    void aReceiverThatTimesOutThenFailsThenAcceptsGetsTheMessageDeliveredOnce() throws Exception {
        String path = "flaky-" + UUID.randomUUID();
        String id = register(path, List.of("plan.updated"), 0, 503, 200);
        double retriedBefore = ScrapedMetrics.value("practiceloop_webhooks_failed_total", "outcome=\"retry\"");
        double deliveredBefore = ScrapedMetrics.value("practiceloop_webhooks_delivered_total", "");
        String candidate = "cand-" + UUID.randomUUID();
        publish("action-plan-updated", candidate, PlanEvents.forCandidate(candidate, 1));

        JsonPath delivery = awaitDelivery(id, "DELIVERED");
        assertThat(delivery.getInt("[0].attempts")).isEqualTo(3);
        // At least: other tests' endpoints may be failing meanwhile.
        assertThat(ScrapedMetrics.value("practiceloop_webhooks_failed_total", "outcome=\"retry\""))
                .as("operators see the two failed attempts").isGreaterThanOrEqualTo(retriedBefore + 2);
        assertThat(ScrapedMetrics.value("practiceloop_webhooks_delivered_total", ""))
                .isGreaterThanOrEqualTo(deliveredBefore + 1);
        // The client runs on Quarkus's Vert.x, so its requests show in Micrometer's HTTP client metrics too.
        assertThat(ScrapedMetrics.value("http_client_requests_seconds_count", "clientName=\"webhooks\""))
                .as("the webhook client's requests, in Quarkus's HTTP client metrics").isGreaterThanOrEqualTo(3);
        List<WebhookReceiver.Received> attempts = receiver.received(path);
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(WebhookReceiver.Received::id).containsOnly(attempts.get(0).id());
        assertThat(attempts).allMatch(WebhookReceiver.Received::verified);
        assertThat(attempts).filteredOn(a -> a.answered() == 200).hasSize(1);
        given().get("/api/v1/webhooks/" + id).then().body("enabled", equalTo(true));
    }

    /**
     * Fault 5 of issue #20: a record that fails (there, PostgreSQL refusing connections) must not
     * undo the record of the batch's other sends, or they stay SENDING and are sent again once
     * their lease passes. A trigger refuses to record one delivery always and another once; both
     * come first in the claim order, so one batch holds them and the others.
     */
    @Test
    void anOutcomeThatCannotBeRecordedLeavesTheRestOfItsBatchDeliveredOnce() throws Exception {
        String path = "unrecorded-" + UUID.randomUUID();
        UUID endpoint = UUID.fromString(register(path, List.of("plan.updated"), 200));
        String always = "msg_" + UUID.randomUUID();
        String once = "msg_" + UUID.randomUUID();
        List<String> others = List.of("msg_" + UUID.randomUUID(), "msg_" + UUID.randomUUID(), "msg_" + UUID.randomUUID());
        refuseRecording(always, once);
        try {
            Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> {
                Instant due = Instant.now().minusSeconds(60);
                queue(endpoint, always, due);
                queue(endpoint, once, due.plusMillis(1));
                others.forEach(messageId -> queue(endpoint, messageId, due.plusMillis(2)));
            }));
            List<String> recorded = new ArrayList<>(others);
            recorded.add(once);
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> statuses(endpoint), statuses -> recorded.stream()
                            .allMatch(messageId -> "DELIVERED".equals(statuses.get(messageId))));
            assertThat(statuses(endpoint).get(always)).as("sent, but its outcome never recorded").isEqualTo("SENDING");
            // Its lease (three times the test's 2 s timeout) passes: it alone is sent again.
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(() -> receiver.received(path).stream().filter(m -> m.id().equals(always)).count() >= 2);
            assertThat(receiver.received(path)).extracting(WebhookReceiver.Received::id)
                    .filteredOn(recorded::contains).hasSize(recorded.size()).doesNotHaveDuplicates();
        } finally {
            Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("drop trigger refuse_record on webhook_delivery").executeUpdate();
                entityManager.createNativeQuery("drop sequence refused_records").executeUpdate();
            }));
        }
    }

    /** A trigger failing the update that records {@code always}'s delivery, and {@code once}'s the first time. */
    private void refuseRecording(String always, String once) {
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("create sequence refused_records").executeUpdate();
            entityManager.createNativeQuery("""
                    create or replace function refuse_record() returns trigger language plpgsql as $$
                    begin
                      if new.status = 'DELIVERED' and new.message_id = '%s' then
                        raise exception 'the test refuses to record %%', new.message_id;
                      end if;
                      if new.status = 'DELIVERED' and new.message_id = '%s' then
                        if nextval('refused_records') = 1 then
                          raise exception 'the test refuses to record %%, once', new.message_id;
                        end if;
                      end if;
                      return new;
                    end $$""".formatted(always, once)).executeUpdate();
            entityManager.createNativeQuery("""
                    create trigger refuse_record before update on webhook_delivery
                    for each row execute function refuse_record()""").executeUpdate();
        }));
    }

    private static void queue(UUID endpoint, String messageId, Instant due) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.organizationId = WebhookEndpoint.<WebhookEndpoint>findById(endpoint).organizationId;
        delivery.endpointId = endpoint;
        delivery.messageId = messageId;
        delivery.eventType = "plan.updated";
        delivery.payload = "{\"type\": \"plan.updated\"}";
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.createdAt = due;
        delivery.nextAttemptAt = due;
        delivery.persist();
    }

    /** Each delivery's status by its message id. */
    private static Map<String, String> statuses(UUID endpoint) {
        return given().get("/api/v1/webhooks/" + endpoint + "/deliveries").jsonPath().<Map<String, String>>getList("")
                .stream().collect(Collectors.toMap(delivery -> delivery.get("messageId"), delivery -> delivery.get("status")));
    }

    @Test
    void anEndpointThatAlwaysFailsIsDisabledWithTheReasonAndResumesWhenEnabled() throws Exception {
        String path = "down-" + UUID.randomUUID();
        String id = register(path, List.of("plan.updated"), 500, 500, 500, 500, 200);
        String candidate = "cand-" + UUID.randomUUID();
        publish("action-plan-updated", candidate, PlanEvents.forCandidate(candidate, 1));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !given().get("/api/v1/webhooks/" + id).jsonPath().getBoolean("enabled"));
        given().get("/api/v1/webhooks/" + id).then()
                .body("disabledReason", equalTo("Disabled after 4 failed attempts in a row; the last: HTTP 500"))
                .body("disabledAt", not(nullValue()));
        Thread.sleep(1_500); // nothing more is sent to a disabled endpoint
        assertThat(receiver.received(path)).hasSize(4);
        given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(409)
                .contentType("application/problem+json");

        given().post("/api/v1/webhooks/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        awaitDelivery(id, "DELIVERED");
        assertThat(receiver.received(path)).hasSize(5);
    }

    @Test
    void anErasedCandidateLosesTheirEmailsAndThePlatformIsTold() throws Exception {
        String path = "erased-" + UUID.randomUUID();
        String endpoint = register(path, List.of("plan.updated", "candidate.erased"), 200);
        String candidate = "cand-" + UUID.randomUUID();
        ObjectNode plan = PlanEvents.forCandidate(candidate, 1);
        publish("action-plan-updated", candidate, plan);
        // The partner's email about the candidate's session quotes the feedback on them.
        ObjectNode analyzed = AnalyzedEvents.forEvaluation(candidate, "partner-" + UUID.randomUUID() + "@example.com");
        AnalyzedEvents.publish(kafka, analyzed);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/v1/candidates/" + candidate + "/deliveries").statusCode() == 200
                        && AnalyzedEvents.partnerEmail(analyzed).isPresent());
        assertThat(MAPPER.readTree(awaitReceived(path, 1).get(0).body()).get("type").asText()).isEqualTo("plan.updated");

        ObjectNode erasure = (ObjectNode) MAPPER.readTree(Files.readString(ERASURE_EXAMPLE));
        erasure.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) erasure.get("data")).put("candidateId", candidate).put("erasedAt", Instant.now().toString());
        publish("evaluation-submitted", candidate, erasure);

        WebhookReceiver.Received told = awaitReceived(path, 2).get(1);
        assertThat(told.verified()).isTrue();
        assertThat(told.verifiedByReference()).isTrue();
        JsonNode body = MAPPER.readTree(told.body());
        assertThat(body.get("type").asText()).isEqualTo("candidate.erased");
        assertThat(body.at("/data/candidateId").asText()).isEqualTo(candidate);
        given().get("/api/v1/candidates/" + candidate + "/deliveries").then().statusCode(404);
        assertThat(AnalyzedEvents.partnerEmail(analyzed)).isEmpty();
        // The endpoint's log keeps no message about the candidate but the erasure notice.
        given().get("/api/v1/webhooks/" + endpoint + "/deliveries").then().statusCode(200)
                .body("eventType", contains("candidate.erased"));

        // A plan or an analysis made before the erasure that arrives after it brings nothing back.
        publish("action-plan-updated", candidate, PlanEvents.forCandidate(candidate, 2));
        ObjectNode lateAnalysis = AnalyzedEvents.forEvaluation(candidate, "partner-" + UUID.randomUUID() + "@example.com");
        AnalyzedEvents.publish(kafka, lateAnalysis);
        AnalyzedEvents.awaitApplied(entityManager, lateAnalysis);
        assertThat(AnalyzedEvents.partnerEmail(lateAnalysis)).isEmpty();
        Thread.sleep(1_500);
        given().get("/api/v1/candidates/" + candidate + "/deliveries").then().statusCode(404);
    }

    @Test
    void theTestEventReachesOnlyThatEndpoint() throws Exception {
        String path = "test-" + UUID.randomUUID();
        String id = register(path, List.of("email.sent"), 200);

        given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202)
                .body("eventType", equalTo("webhook.test"))
                .body("status", equalTo("PENDING"));
        WebhookReceiver.Received message = awaitReceived(path, 1).get(0);
        assertThat(message.verified()).isTrue();
        assertThat(message.verifiedByReference()).isTrue();
        assertThat(MAPPER.readTree(message.body()).get("type").asText()).isEqualTo("webhook.test");
    }

    @Test
    void registrationsAreValidatedAndEndpointsCanBeListedAndDeleted() {
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/x", "eventTypes", List.of("plan.updated")))
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/x", "eventTypes", List.of("plan.deleted")))
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("eventTypes[0]"))
                .body("errors[0].message", containsString("plan.updated"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.com/x", "eventTypes", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/x", "eventTypes", List.of("plan.updated"), "secret", "mine"))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("secret"));

        String path = "listed-" + UUID.randomUUID();
        String id = register(path, List.of("email.sent"), 200);
        given().get("/api/v1/webhooks").then().statusCode(200)
                .body("id", hasItem(id))
                .body("secret", not(hasItem(startsWith("whsec_"))));
        // Another organisation's key finds nothing of this endpoint, whatever the method.
        String other = "Bearer " + TestApiKeys.OTHER_ORGANIZATION;
        given().header("Authorization", other).get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(id)));
        given().header("Authorization", other).get("/api/v1/webhooks/" + id).then().statusCode(404);
        given().header("Authorization", other).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().header("Authorization", other).post("/api/v1/webhooks/" + id + "/test").then().statusCode(404);
        given().header("Authorization", other).post("/api/v1/webhooks/" + id + "/enable").then().statusCode(404);
        given().header("Authorization", other).delete("/api/v1/webhooks/" + id).then().statusCode(404)
                .body(not(containsString("example.com")));
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).get("/api/v1/webhooks")
                .then().statusCode(403);
        given().header("Authorization", "").get("/api/v1/webhooks").then().statusCode(401);

        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().get("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPostConnectsToTheAddressCheckedAndNeverResolvesTheNameAgain() throws Exception {
        // A name no DNS knows: only the resolver below answers it, first with the receiver's
        // address, then (a rebinding) with one where nothing listens.
        String host = "receiver.rebinding.test";
        AtomicInteger lookups = new AtomicInteger();
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (!name.equals(host)) {
                    return super.resolve(name);
                }
                return new InetAddress[] {InetAddress.getByName(lookups.incrementAndGet() <= 2 ? "127.0.0.1" : "127.0.0.2")};
            }
        }, HostResolver.class);
        String path = "pinned-" + UUID.randomUUID();
        String id = register(receiver.endpoint(host, path, 200), path, List.of("email.sent"));
        assertThat(lookups).as("registration checks the name").hasValue(1);

        given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);
        WebhookReceiver.Received message = awaitReceived(path, 1).get(0);
        assertThat(message.verifiedByReference()).isTrue();
        assertThat(message.host()).as("the Host header names the URL's host").startsWith(host + ":");
        assertThat(lookups).as("one lookup before the post, none after it").hasValue(2);

        // The name now answers elsewhere: the next post goes where the check said, and fails there.
        given().post("/api/v1/webhooks/" + id + "/test").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/v1/webhooks/" + id + "/deliveries").jsonPath().getString("[0].lastError"),
                        "ConnectException"::equals);
        assertThat(receiver.received(path)).hasSize(1);
    }

    /** Registers an endpoint answering with {@code statuses}; returns its id. */
    private String register(String path, List<String> eventTypes, int... statuses) {
        return register(receiver.endpoint(path, statuses), path, eventTypes);
    }

    private String register(String url, String path, List<String> eventTypes) {
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes, "description", "test receiver"))
                .post("/api/v1/webhooks")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/"))
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
        receiver.secret(path, created.getString("secret"));
        registered.add(created.getString("id"));
        return created.getString("id");
    }

    private void publish(String topic, String candidate, ObjectNode event) {
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, "default/" + candidate, event.toString())))
                .awaitCompletion();
    }

    private static List<WebhookReceiver.Received> awaitReceived(String path, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> receiver.received(path), received -> received.size() >= count);
    }

    private static JsonPath awaitDelivery(String endpointId, String status) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/v1/webhooks/" + endpointId + "/deliveries").jsonPath(),
                        deliveries -> status.equals(deliveries.getString("[0].status")));
    }
}
