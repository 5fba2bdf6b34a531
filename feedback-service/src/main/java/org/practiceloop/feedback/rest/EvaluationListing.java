package org.practiceloop.feedback.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.service.EvaluationQuery;
import org.practiceloop.feedback.service.EvaluationService;

/** The listing both list endpoints share: checks the range, decodes the cursor, encodes the next one. */
@ApplicationScoped
class EvaluationListing {

    static final int MAX_LIMIT = 200;

    private final EvaluationService service;

    EvaluationListing(EvaluationService service) {
        this.service = service;
    }

    /** Query parameters arrive as text so that a bad one is a 400 naming it, not JAX-RS's bare 404. */
    EvaluationPageResponse list(String organizationId, String candidateId, String fromParam, String toParam,
            String cursor, String limitParam) {
        LocalDate from = date("from", fromParam);
        LocalDate to = date("to", toParam);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after to");
        }
        return EvaluationPageResponse.of(service.list(new EvaluationQuery(organizationId, candidateId, from, to,
                PageCursor.decode(cursor), limit(limitParam))));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date, YYYY-MM-DD");
        }
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
