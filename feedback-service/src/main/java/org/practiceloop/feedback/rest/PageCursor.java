package org.practiceloop.feedback.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.service.EvaluationQuery;

/** The opaque {@code cursor} a client passes back to get the next page. */
final class PageCursor {

    private PageCursor() {
    }

    static String encode(EvaluationQuery.Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        String raw = cursor.submittedAt() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static EvaluationQuery.Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new EvaluationQuery.Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
        }
    }
}
