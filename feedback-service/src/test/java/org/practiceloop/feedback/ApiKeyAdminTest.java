package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * The operator creates an organisation and its keys; a key works at once, only for its own
 * organisation and scopes, and stops working when revoked or rotated. Every change is published
 * on api-keys as documented (without the key).
 */
@QuarkusTest
class ApiKeyAdminTest {

    static final Path CONTRACT_EXAMPLE = Path.of("../docs/events/api-key-changed.v1.json");
    private static final String OPERATOR = "Bearer test-only-operator-key-0123456789abcdef";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anOrganisationsKeyWorksForItsOwnDataAndScopesUntilRevoked() throws Exception {
        String organization = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        ConsumerTask<String, String> events = kafka.consumeStrings().fromTopics("api-keys");
        try {
            admin().contentType(ContentType.JSON).body(Map.of("id", organization, "name", "Acme Coaching"))
                    .post("/api/v1/admin/organizations").then().statusCode(201).body("id", equalTo(organization));
            admin().contentType(ContentType.JSON).body(Map.of("id", organization, "name", "Again"))
                    .post("/api/v1/admin/organizations").then().statusCode(409).contentType("application/problem+json");

            var issued = admin().contentType(ContentType.JSON)
                    .body(Map.of("name", "dashboard", "scopes", List.of("evaluations:write", "plans:read")))
                    .post("/api/v1/admin/organizations/" + organization + "/keys")
                    .then().statusCode(201).body("key", matchesPattern("pl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}"))
                    .extract().jsonPath();
            String key = issued.getString("key");
            String keyId = issued.getString("keyId");
            admin().get("/api/v1/admin/organizations/" + organization + "/keys").then().statusCode(200)
                    .body("[0].keyId", equalTo(keyId)).body("[0]", not(hasKey("key")));

            // Works at once, for its organisation only, within its scopes.
            String evaluation = as(key).contentType(ContentType.JSON).body(Evaluations.example())
                    .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
            as(key).get("/api/v1/evaluations/" + evaluation).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("This API key lacks the scope evaluations:read."));
            given().get("/api/v1/evaluations/" + evaluation).then().statusCode(404); // the default organisation's key

            ConsumerRecord<String, String> published = awaitEvent(events, keyId, false);
            assertThat(published.key()).isEqualTo(keyId);
            assertThat(published.value()).doesNotContain(key.substring(16));
            JsonNode documented = mapper.readTree(Files.readString(CONTRACT_EXAMPLE));
            assertThat(withVolatileValuesOf(documented, mapper.readTree(published.value())))
                    .as("the producer's real JSON matches docs/events/api-key-changed.v1.json").isEqualTo(documented);

            admin().delete("/api/v1/admin/organizations/" + organization + "/keys/" + keyId)
                    .then().statusCode(200).body("revokedAt", not(equalTo(null)));
            as(key).contentType(ContentType.JSON).body(Evaluations.example()).post("/api/v1/evaluations")
                    .then().statusCode(401).header("WWW-Authenticate", "Bearer");
            assertThat(mapper.readTree(awaitEvent(events, keyId, true).value()).at("/data/revoked").asBoolean()).isTrue();
        } finally {
            events.close();
        }
    }

    @Test
    void aRotatedKeyIsReplacedAndTheOldOneStopsWorking() {
        String organization = "rot-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON).body(Map.of("id", organization, "name", "Rotating"))
                .post("/api/v1/admin/organizations").then().statusCode(201);
        var old = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "reader", "scopes", List.of("labels:write", "evaluations:read")))
                .post("/api/v1/admin/organizations/" + organization + "/keys").then().statusCode(201).extract().jsonPath();

        var rotated = admin().post("/api/v1/admin/organizations/" + organization + "/keys/" + old.getString("keyId")
                + "/rotate").then().statusCode(201).body("name", equalTo("reader"))
                .body("scopes", equalTo(List.of("evaluations:read", "labels:write"))).extract().jsonPath();
        as(rotated.getString("key")).get("/api/v1/evaluations?candidateId=nobody").then().statusCode(200);
        as(old.getString("key")).get("/api/v1/evaluations?candidateId=nobody").then().statusCode(401);
        admin().get("/api/v1/admin/organizations/" + organization + "/keys").then()
                .body("find { it.keyId == '" + old.getString("keyId") + "' }.replacedBy", equalTo(rotated.getString("keyId")));
    }

    @Test
    void theApiRefusesMissingBadAndUnderScopedKeysAndTheAdminApiWantsTheOperator() {
        given().header("Authorization", "").get("/api/v1/evaluations?candidateId=x").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("Send an API key: Authorization: Bearer <key>."));
        as("pl_000000000000_" + "A".repeat(43)).get("/api/v1/evaluations?candidateId=x").then().statusCode(401)
                .body("detail", equalTo("The API key is not valid: unknown, revoked, or mistyped."));
        as("not-a-key").get("/api/v1/evaluations?candidateId=x").then().statusCode(401);
        as(TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON).body(Evaluations.example())
                .post("/api/v1/evaluations").then().statusCode(403);

        given().get("/api/v1/admin/organizations").then().statusCode(401)
                .body("detail", equalTo("This operation needs the operator key."));
        admin().get("/api/v1/admin/organizations").then().statusCode(200);
        admin().contentType(ContentType.JSON).body(Map.of("id", "Not Valid!", "name", "x"))
                .post("/api/v1/admin/organizations").then().statusCode(400).body("errors[0].field", equalTo("id"));
        admin().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("everything")))
                .post("/api/v1/admin/organizations/nobody-here/keys").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes[0]"));
        admin().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("plans:read")))
                .post("/api/v1/admin/organizations/nobody-here/keys").then().statusCode(404);
        // The form and health stay open: they are not part of the API.
        given().header("Authorization", "").get("/form").then().statusCode(200);
        given().header("Authorization", "").get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theKeysTopicIsCompacted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "api-keys");
            assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", OPERATOR);
    }

    private static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    private static ConsumerRecord<String, String> awaitEvent(ConsumerTask<String, String> events, String keyId,
            boolean revoked) {
        return Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> events.getRecords().stream().filter(r -> keyId.equals(r.key())
                        && r.value().contains("\"revoked\":" + revoked)).findFirst().orElse(null), r -> r != null);
    }

    private static JsonNode withVolatileValuesOf(JsonNode documented, JsonNode produced) {
        ObjectNode copy = produced.deepCopy();
        copy.set("eventId", documented.get("eventId"));
        copy.set("occurredAt", documented.get("occurredAt"));
        copy.set("organizationId", documented.get("organizationId"));
        ObjectNode data = (ObjectNode) copy.get("data");
        for (String field : List.of("keyId", "organizationId", "keyHash", "changedAt")) {
            data.set(field, documented.path("data").get(field));
        }
        return copy;
    }
}
