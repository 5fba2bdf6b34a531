package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.rest.EvaluationRequest;
import org.practiceloop.feedback.service.Fingerprints;

/** Idempotency-Key with Stripe's semantics. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Fingerprints fingerprints;

    @Inject
    ObjectMapper mapper;

    @Test
    void theSameKeyAndBodyReturnTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String body = bodyFor("cand-" + key);
        Response first = post(key, body);
        first.then().statusCode(201);

        post(key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("submittedAt", equalTo(first.path("submittedAt")));
        assertThat(evaluationsOf("cand-" + key)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        post(key, bodyFor("cand-" + key)).then().statusCode(201);

        post(key, bodyFor("cand-other-" + key)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("This Idempotency-Key was already used with a different request."));
    }

    @Test
    void aRequestStillInFlightIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = bodyFor("cand-" + key);
        String hash = fingerprints.of(mapper.readValue(body, EvaluationRequest.class));
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into idempotency_key (organization_id, idempotency_key, request_hash, state, created_at, expires_at)
                        values ('default', ?1, ?2, 'IN_FLIGHT', now(), now() + interval '1 day')""")
                .setParameter(1, key).setParameter(2, hash).executeUpdate()));

        post(key, body).then().statusCode(409).contentType("application/problem+json");
        assertThat(evaluationsOf("cand-" + key)).isZero();
    }

    @Test
    void anExpiredKeyIsANewRequest() {
        String key = UUID.randomUUID().toString();
        String body = bodyFor("cand-" + key);
        String first = post(key, body).then().statusCode(201).extract().path("id");
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotency_key set expires_at = now() - interval '1 second' where idempotency_key = ?1")
                .setParameter(1, key).executeUpdate()));

        String second = post(key, body).then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aHundredConcurrentPostsWithOneKeyMakeExactlyOneEvaluation() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = bodyFor("cand-" + key);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            posts.add(() -> post(key, body));
        }
        List<Response> responses = new ArrayList<>();
        try {
            for (Future<Response> f : pool.invokeAll(posts)) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(responses).extracting(Response::statusCode).isSubsetOf(201, 409).contains(201);
        List<String> createdIds = responses.stream().filter(r -> r.statusCode() == 201)
                .map(r -> r.jsonPath().getString("id")).distinct().toList();
        assertThat(createdIds).as("every 201 is the same evaluation").hasSize(1);
        assertThat(evaluationsOf("cand-" + key)).isEqualTo(1);
    }

    @Test
    void anUnusableKeyIsAProblemNamingTheHeader() {
        post("x".repeat(256), bodyFor("cand-long-key")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    private static Response post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/evaluations");
    }

    private static String bodyFor(String candidateId) {
        return Evaluations.exampleWith("\"cand-42\"", "\"" + candidateId + "\"");
    }

    private static long evaluationsOf(String candidateId) {
        return Tenancy.asOrganization("default",
                () -> QuarkusTransaction.requiringNew().call(() -> Evaluation.count("candidateId", candidateId)));
    }
}
