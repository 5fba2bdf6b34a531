package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * Organisation A ("default") puts data into every service; organisation B ("other") then calls
 * every operation each service documents in its OpenAPI document, plus the methods it does not
 * document, with A's ids and A's candidate. B never gets A's data, never changes it, and never
 * reads anything of A's in an error. A new endpoint joins the matrix by itself; one with a path
 * parameter this test has no value for fails it until it gets one.
 */
class IsolationMatrixIT {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final String OPERATOR_KEY = "operator-" + UUID.randomUUID();
    /** A read each service answers with {@code status} for a valid key with every scope, 401 for a revoked one. */
    private record KeyProbe(String path, int status) {
    }

    private static final Map<String, KeyProbe> KEY_PROBES = Map.of(
            "feedback-service", new KeyProbe("/api/v1/evaluations?candidateId=nobody", 200),
            "analysis-service", new KeyProbe("/api/v1/candidates/nobody/themes", 404),
            "notification-service", new KeyProbe("/api/v1/webhooks", 200));
    private static TestSystem system;
    private static Map<String, ServiceProcess> services;

    @BeforeAll
    static void startTheSystem() {
        system = new TestSystem();
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        services = new LinkedHashMap<>();
        services.put("feedback-service", system.start("feedback-service", "iso_feedback", true,
                Map.of("practiceloop.form.signing.keys.default.secret", secret, "practiceloop.auth.operator-key", OPERATOR_KEY)));
        services.put("analysis-service", system.start("analysis-service", "iso_analysis", true,
                Map.of("practiceloop.plan-page.signing.keys.default.secret", secret)));
        services.put("notification-service", system.start("notification-service", "iso_notification", true, Map.of(
                "practiceloop.unsubscribe.signing.keys.default.secret", secret,
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(system.smtp().getSmtp().getPort()),
                "practiceloop.webhooks.allow-http", "true",
                "practiceloop.webhooks.allow-private-addresses", "true")));
        services.values().forEach(s -> s.awaitReady(Duration.ofSeconds(90)));
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anotherOrganisationNeverReachesThisOnesDataOnAnyOperationOfAnyService() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String candidate = "iso-" + marker;
        String email = "io-" + marker + "@example.com";
        List<String> secrets = List.of(email, "Iris Ostrander " + marker, "kazoo-" + marker,
                "hook-" + marker, "Coach of A " + marker, "Panel of A " + marker, "Firm of A " + marker,
                "iv-" + marker);
        Map<String, String> ids = givenDataOfOrganisationA(candidate, marker);

        List<String> matrix = new ArrayList<>();
        for (Map.Entry<String, ServiceProcess> service : services.entrySet()) {
            JsonPath openApi = given().get(service.getValue().baseUrl() + "/q/openapi?format=json").then()
                    .statusCode(200).extract().jsonPath();
            Map<String, Map<String, Object>> paths = openApi.getMap("paths");
            assertThat(paths).as(service.getKey() + " documents its operations").isNotEmpty();
            for (String path : paths.keySet().stream().filter(p -> p.startsWith("/api/")).sorted().toList()) {
                String url = service.getValue().baseUrl() + substitute(path, ids, service.getKey());
                for (String method : METHODS) {
                    boolean documented = paths.get(path).containsKey(method.toLowerCase());
                    Response answer = asOrganisationB(method, path).request(method, url);
                    String outcome = service.getKey() + " " + method + " " + path + " -> " + answer.statusCode();
                    matrix.add(outcome);
                    assertThat(answer.statusCode()).as(outcome).isLessThan(500);
                    assertThat(answer.asString()).as(outcome + " reveals nothing of A's").doesNotContain(secrets);
                    if (path.startsWith("/api/v1/admin/")) {
                        assertThat(answer.statusCode()).as(outcome + ": operator only").isIn(401, 403, 404, 405);
                    } else if (addressesAnObjectOfA(path) || !documented) {
                        assertThat(answer.statusCode()).as(outcome).isIn(404, 405);
                    } else if (method.equals("GET") && path.contains("{candidateId}")) {
                        // What B reads about A's candidate id is exactly what it reads about an id nobody used.
                        String unused = "never-" + marker;
                        Response baseline = asOrganisationB(method, path).request(method,
                                service.getValue().baseUrl() + substitute(path, Map.of("candidateId", unused), service.getKey()));
                        assertThat(answer.statusCode()).as(outcome + " like an unused candidate id")
                                .isEqualTo(baseline.statusCode());
                        assertThat(answer.asString().replace(candidate, unused)).as(outcome + " like an unused candidate id")
                                .isEqualTo(baseline.asString());
                    }
                }
            }
        }
        System.out.println("Organisation B against A's data, every operation:\n  " + String.join("\n  ", matrix));
        assertThat(matrix).as("all three services' operations were tried").hasSizeGreaterThan(60);

        // Whatever B did (erasing "the same" candidate id, choosing its email frequency), A's data is intact.
        Thread.sleep(3_000);
        ServiceProcess feedback = services.get("feedback-service");
        ServiceProcess analysis = services.get("analysis-service");
        ServiceProcess notification = services.get("notification-service");
        given().get(feedback.baseUrl() + "/api/v1/evaluations/" + ids.get("evaluation")).then().statusCode(200)
                .body("candidate.email", equalTo(email)).body("revision", equalTo(1));
        given().get(feedback.baseUrl() + "/api/v1/form-links").then().statusCode(200)
                .body("find { it.id == '" + ids.get("formLink") + "' }.revokedAt", equalTo(null));
        given().get(feedback.baseUrl() + "/api/v1/candidates/" + candidate + "/interviews").then().statusCode(200)
                .body("id", equalTo(List.of(ids.get("interview"))));
        given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/action-plan").then().statusCode(200)
                .body("version", equalTo(1));
        // The interviewer id B was refused is A's real one.
        given().get(analysis.baseUrl() + "/api/v1/interviewers/" + ids.get("interviewer") + "/feedback-quality").then()
                .statusCode(200).body("total.evaluations", equalTo(1));
        given().get(notification.baseUrl() + "/api/v1/webhooks/" + ids.get("webhook")).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/hook-" + marker));
        given().get(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/email-preferences").then()
                .statusCode(200).body("frequency", equalTo("weekly"));
        given().get(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/deliveries").then().statusCode(200)
                .body("status", hasItem("SENT"));
    }

    /** An evaluation with its plan and email, a logged interview, a webhook endpoint, a form link and an email preference. */
    private static Map<String, String> givenDataOfOrganisationA(String candidate, String marker) throws Exception {
        ServiceProcess feedback = services.get("feedback-service");
        ServiceProcess analysis = services.get("analysis-service");
        ServiceProcess notification = services.get("notification-service");
        String body = TestSystem.exampleEvaluation()
                .replace("\"cand-42\"", "\"" + candidate + "\"")
                .replace("ada@example.com", "io-" + marker + "@example.com")
                .replace("Ada Byron", "Iris Ostrander " + marker)
                .replace("\"p-anna\"", "\"iv-" + marker + "\"")
                .replace("Test the edge cases", "Test the edge cases, kazoo-" + marker);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("evaluation", given().contentType(ContentType.JSON).body(body)
                .post(feedback.baseUrl() + "/api/v1/evaluations").then().statusCode(201).extract().path("id"));
        // Without feedback, so that A's plan stays at version 1.
        ids.put("interview", given().contentType(ContentType.JSON).body(interview("Firm of A " + marker))
                .post(feedback.baseUrl() + "/api/v1/candidates/" + candidate + "/interviews").then().statusCode(201)
                .extract().path("id"));
        ids.put("formLink", given().contentType(ContentType.JSON)
                .body("{\"label\": \"Panel of A " + marker + "\", \"validDays\": 5}")
                .post(feedback.baseUrl() + "/api/v1/form-links").then().statusCode(201).extract().path("id"));
        ids.put("webhook", given().contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hook-" + marker + "\", \"eventTypes\": [\"plan.updated\"], "
                        + "\"description\": \"Coach of A " + marker + "\"}")
                .post(notification.baseUrl() + "/api/v1/webhooks").then().statusCode(201).extract().path("id"));
        Awaitility.await("A's plan emailed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> !system.mailTo("io-" + marker + "@example.com").isEmpty());
        ids.put("item", given().get(analysis.baseUrl() + "/api/v1/candidates/" + candidate + "/action-plan").then()
                .statusCode(200).extract().path("focusAreas[0].evidence[0].itemId"));
        given().contentType(ContentType.JSON).body("{\"frequency\": \"weekly\"}")
                .put(notification.baseUrl() + "/api/v1/candidates/" + candidate + "/email-preferences")
                .then().statusCode(200);
        ids.put("candidateId", candidate);
        ids.put("interviewer", "iv-" + marker);
        return ids;
    }

    /** The path with A's values for its parameters; a parameter without a rule fails the test. */
    private static String substitute(String path, Map<String, String> ids, String service) {
        Matcher parameters = PARAMETER.matcher(path);
        StringBuilder url = new StringBuilder();
        while (parameters.find()) {
            String value = switch (parameters.group(1)) {
                case "candidateId" -> ids.get("candidateId");
                case "version" -> "1";
                case "organizationId" -> "default";
                case "keyId" -> "000000000000";
                case "interviewId" -> ids.get("interview");
                case "itemId" -> ids.get("item");
                case "id" -> switch (service + " " + path.substring(0, parameters.start())) {
                    case "feedback-service /api/v1/evaluations/" -> ids.get("evaluation");
                    case "feedback-service /api/v1/form-links/" -> ids.get("formLink");
                    case "notification-service /api/v1/webhooks/" -> ids.get("webhook");
                    case "analysis-service /api/v1/interviewers/" -> ids.get("interviewer");
                    default -> throw new AssertionError("No id of A's for " + service + " " + path + ": add one here");
                };
                default -> throw new AssertionError("No value for {" + parameters.group(1) + "} in " + service + " "
                        + path + ": add one here");
            };
            parameters.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        return parameters.appendTail(url).toString();
    }

    /**
     * Keys reach analysis and notification only through the api-keys topic: a new key works
     * everywhere once its event arrives, and a revoked one stops everywhere within seconds.
     */
    @Test
    void aRevokedKeyStopsWorkingInEveryServiceWithinSeconds() {
        String organization = "revocation-" + UUID.randomUUID().toString().substring(0, 8);
        String feedback = services.get("feedback-service").baseUrl();
        asOperator().body(Map.of("id", organization, "name", "Revocation check"))
                .post(feedback + "/api/v1/admin/organizations").then().statusCode(201);
        JsonPath issued = asOperator().body(Map.of("name", "everything", "scopes",
                        List.of("evaluations:write", "evaluations:read", "plans:read", "webhooks:manage")))
                .post(feedback + "/api/v1/admin/organizations/" + organization + "/keys")
                .then().statusCode(201).extract().jsonPath();
        String key = issued.getString("key");
        for (String service : services.keySet()) {
            Awaitility.await(service + " learns the new key").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> probe(service, key) == KEY_PROBES.get(service).status());
        }

        long revokedAt = System.nanoTime();
        asOperator().delete(feedback + "/api/v1/admin/organizations/" + organization + "/keys/" + issued.getString("keyId"))
                .then().statusCode(200);
        Map<String, Long> delays = new LinkedHashMap<>();
        Duration deadline = Duration.ofSeconds(10); // for all three together
        for (String service : services.keySet()) {
            Duration left = deadline.minusNanos(System.nanoTime() - revokedAt);
            Awaitility.await(service + " stops the revoked key")
                    .atMost(left.toMillis() < 100 ? Duration.ofMillis(100) : left) // one last look when time is up
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                    .until(() -> probe(service, key) == 401);
            delays.put(service, Duration.ofNanos(System.nanoTime() - revokedAt).toMillis());
        }
        // Upper bounds: the services are polled one after the other.
        System.out.println("Revoked key refused within (ms after the revoking call): " + delays);
    }

    private static RequestSpecification asOperator() {
        return given().header("Authorization", "Bearer " + OPERATOR_KEY).contentType(ContentType.JSON);
    }

    private static int probe(String service, String key) {
        return given().header("Authorization", "Bearer " + key).get(services.get(service).baseUrl()
                + KEY_PROBES.get(service).path()).statusCode();
    }

    /** Paths naming one of A's objects by id, or A's plan by version: B must get 404 whatever the method. */
    private static boolean addressesAnObjectOfA(String path) {
        return path.contains("{id}") || path.contains("{interviewId}") || path.contains("{version}")
                || path.contains("{itemId}");
    }

    /** B's key; a valid body of B's own for writes, so that a refusal is about ownership, not validation. */
    private static RequestSpecification asOrganisationB(String method, String path) throws Exception {
        RequestSpecification request = given().header("Authorization", "Bearer " + TestApiKeys.OTHER_ORGANIZATION)
                .redirects().follow(false);
        if (method.equals("GET") || method.equals("DELETE")) {
            return request;
        }
        String body = switch (path) {
            // The amendment too: a valid body, so B's refusal is the 404 of A's evaluation, not a 400.
            case "/api/v1/evaluations", "/api/v1/evaluations/review", "/api/v1/evaluations/{id}" ->
                    TestSystem.exampleEvaluation();
            case "/api/v1/evaluations/import" -> "[" + TestSystem.exampleEvaluation() + "]";
            case "/api/v1/form-links" -> "{\"label\": \"B's panel\", \"validDays\": 1}";
            case "/api/v1/webhooks" -> "{\"url\": \"http://127.0.0.1:9/b\", \"eventTypes\": [\"plan.updated\"]}";
            case "/api/v1/classify" -> "{\"texts\": [\"Clarify the requirements\"]}";
            case "/api/v1/reviews" -> "{\"comments\": \"Clarify the requirements\"}";
            case "/api/v1/candidates/{candidateId}/email-preferences" -> "{\"frequency\": \"daily\"}";
            case "/api/v1/candidates/{candidateId}/interviews" -> interview("B's own firm");
            case "/api/v1/items/{itemId}/label" -> "{\"label\": \"non_actionable\", \"reason\": \"vague\"}";
            default -> "{}";
        };
        return request.contentType(ContentType.JSON).body(body);
    }

    private static String interview(String company) {
        return "{\"company\": \"" + company + "\", \"role\": \"analyst\", \"stage\": \"screen\", "
                + "\"interviewDate\": \"2026-03-01\", \"outcome\": \"rejected\"}";
    }
}
