package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * Access is declared with Quarkus Security: OpenAPI names the bearer scheme on every operation
 * under /api/ with the scope it needs (so Swagger UI's Authorize button works) and none on the
 * pages behind signed links;
 * an organisation's key is no operator key; a missing scope is named.
 */
@QuarkusTest
class ApiSecurityDeclarationTest {

    private static final String UNANNOTATED = "/api/v1/test-only/unannotated";
    private static final String OPERATOR = "Bearer test-only-operator-key-0123456789abcdef";

    @Test
    void openApiDeclaresTheBearerSchemeOnEveryApiOperation() {
        JsonPath openApi = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openApi.getMap("components.securitySchemes.apiKey"))
                .containsEntry("type", "http").containsEntry("scheme", "bearer");

        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/evaluations", "/api/v1/admin/organizations", "/form");
        paths.remove(UNANNOTATED); // the test-only probe below declares nothing, on purpose
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object security = operation.get("security");
            if (path.startsWith("/api/")) { // the scope (role) each needs is listed with the scheme
                assertThat(security).as(method + " " + path).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .singleElement().asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("apiKey")
                        .extractingByKey("apiKey").asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
            } else {
                assertThat(security).as(method + " " + path).isNull();
            }
        }));
        assertThat(openApi.getList("paths.'/api/v1/evaluations'.post.security.apiKey[0]"))
                .containsExactly("evaluations:write");
        assertThat(openApi.getList("paths.'/api/v1/admin/organizations'.get.security.apiKey[0]"))
                .containsExactly("operator");
    }

    @Test
    void anOrganisationsKeyIsNoOperatorKeyAndAMissingScopeIsNamed() {
        given().header("Authorization", "Bearer " + TestApiKeys.DEFAULT_ORGANIZATION)
                .get("/api/v1/admin/organizations").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("This operation needs the operator key."));
        given().header("Authorization", "Bearer " + TestApiKeys.PLANS_READ_ONLY).contentType(ContentType.JSON)
                .body(Evaluations.example()).post("/api/v1/evaluations").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("This API key lacks the scope evaluations:write."));
    }

    @Test
    void theOperatorKeyIsNoOrganisationsKey() {
        given().header("Authorization", OPERATOR).get("/api/v1/evaluations?candidateId=x").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("The API key is not valid: unknown, revoked, or mistyped."));
    }

    @Test
    void anOperationThatDeclaresNoRoleIsRefusedToEveryone() {
        given().get(UNANNOTATED).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This operation is not open to API keys."));
        given().header("Authorization", "Bearer " + TestApiKeys.DEFAULT_ORGANIZATION).get(UNANNOTATED)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This operation is not open to API keys."));
    }
}
