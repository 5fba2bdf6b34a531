package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.devinfra.TenantScopedEntities;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.domain.Organization;

/**
 * The tenant discriminator itself, beneath the API: a query that names no organisation still
 * sees only the current one's rows, a row cannot be stored under another, and nothing is read
 * without a tenant at all.
 */
@QuarkusTest
class TenantScopeTest extends TenantScopedEntities {

    @Override
    protected Set<String> modulesBuiltOn() {
        return Set.of("common", "outbox");
    }

    /** Organisations are the operator's; everything that belongs to one is scoped to it. */
    @Override
    protected Set<Class<?>> unscopedEntities() {
        return Set.of(Organization.class);
    }

    @Test
    void aQueryThatForgetsTheOrganisationStillSeesOnlyItsOwn() {
        String candidate = "scope-" + UUID.randomUUID();
        UUID ours = submit(TestApiKeys.DEFAULT_ORGANIZATION, candidate);
        UUID theirs = submit(TestApiKeys.OTHER_ORGANIZATION, candidate);

        Tenancy.asOrganization("default", () -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Evaluation.<Evaluation>findById(theirs)).isNull();
            assertThat(Evaluation.<Evaluation>findById(ours)).isNotNull();
            assertThat(Evaluation.count("candidateId", candidate)).isEqualTo(1);
            assertThat(Evaluation.<Evaluation>list("candidateId", candidate)).extracting(e -> e.id)
                    .containsExactly(ours);
        }));
        assertThat(Tenancy.asService(() -> QuarkusTransaction.requiringNew()
                .call(() -> Evaluation.count("candidateId", candidate))))
                .as("the service's own work sees every organisation").isEqualTo(2);
    }

    @Test
    void aRowCannotBeStoredUnderAnotherOrganisation() {
        UUID ours = submit(TestApiKeys.DEFAULT_ORGANIZATION, "scope-" + UUID.randomUUID());
        assertThatThrownBy(() -> Tenancy.asOrganization("default", () -> QuarkusTransaction.requiringNew().run(() -> {
            Evaluation copy = Evaluation.findById(ours);
            Evaluation foreign = new Evaluation();
            foreign.id = UUID.randomUUID();
            foreign.organizationId = "other";
            foreign.candidateId = copy.candidateId;
            foreign.candidateEmail = copy.candidateEmail;
            foreign.interviewerId = copy.interviewerId;
            foreign.sessionDate = copy.sessionDate;
            foreign.interviewType = copy.interviewType;
            foreign.ratings = copy.ratings;
            foreign.recommendation = copy.recommendation;
            foreign.submittedAt = copy.submittedAt;
            foreign.persist();
        }))).hasStackTraceContaining("assigned tenant id differs from current tenant id");
    }

    @Test
    void nothingIsReadWithoutATenant() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> Evaluation.count()))
                .hasStackTraceContaining("No tenant for this unit of work");
    }

    private static UUID submit(String apiKey, String candidate) {
        return UUID.fromString(given().header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON)
                .body(Evaluations.exampleWith("\"cand-42\"", "\"" + candidate + "\""))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
    }
}
