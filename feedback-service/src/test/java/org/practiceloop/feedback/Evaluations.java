package org.practiceloop.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documented example evaluation (docs/api), as a client would send it. */
public final class Evaluations {

    private Evaluations() {
    }

    public static String example() {
        try (InputStream in = Evaluations.class.getResourceAsStream("/evaluation.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with the partner's optional email (not in evaluation.json, which the e2e tests also send). */
    public static String withInterviewerEmail(String email) {
        return exampleWith("\"name\": \"Anna\"}", "\"name\": \"Anna\", \"email\": \"" + email + "\"}");
    }

    /** The example with one literal replaced, for building bad variants readably. */
    public static String exampleWith(String literal, String replacement) {
        String json = example();
        if (!json.contains(literal)) {
            throw new IllegalArgumentException("The example has no " + literal);
        }
        return json.replace(literal, replacement);
    }
}
