package org.practiceloop.feedback;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documented InterviewLogged example's interview, as a request body to log it. */
final class Interviews {

    static final Path LOGGED_EXAMPLE = Path.of("../docs/events/interview-logged.v1.json");
    static final Path DELETED_EXAMPLE = Path.of("../docs/events/interview-deleted.v1.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Interviews() {
    }

    static ObjectNode example() {
        try {
            ObjectNode data = (ObjectNode) MAPPER.readTree(Files.readString(LOGGED_EXAMPLE)).get("data").deepCopy();
            data.remove(java.util.List.of("interviewId", "candidateId", "loggedAt"));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response log(String candidate, Object body) {
        return given().contentType(ContentType.JSON).body(body.toString())
                .post("/api/v1/candidates/" + candidate + "/interviews");
    }
}
