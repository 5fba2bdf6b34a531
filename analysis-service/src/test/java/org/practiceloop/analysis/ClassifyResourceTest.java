package org.practiceloop.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassifyResourceTest {

    @Test
    void labelsEachTextWithReasonConfidenceAndTheme() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"texts": ["You never asked about constraints; clarify the input size first.",
                                   "Thanks for your time. Unfortunately the position has been put on hold due to budget constraints.",
                                   "People with your kind of background don't usually do well here."]}""")
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("results[0].label", equalTo("constructive"))
                .body("results[0].theme", equalTo("problem_clarification"))
                .body("results[0].reason", equalTo(null))
                .body("results[1].label", equalTo("non_actionable"))
                .body("results[1].reason", equalTo("external"))
                .body("results[1].theme", equalTo(null))
                .body("results[2].reason", equalTo("hurtful"))
                .body("results[2].text", equalTo("People with your kind of background don't usually do well here."));
    }

    @Test
    void anEmptyListIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"texts\": []}")
                .when().post("/api/v1/classify")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("texts"));
    }

    @Test
    void aBlankTextIsNamedWithItsIndex() {
        given().contentType(ContentType.JSON).body("{\"texts\": [\"fine\", \" \"]}")
                .when().post("/api/v1/classify")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("texts[1]"));
    }
}
