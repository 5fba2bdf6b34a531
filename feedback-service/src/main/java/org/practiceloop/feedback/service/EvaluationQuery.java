package org.practiceloop.feedback.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which evaluations to list, newest submission first. {@code after} is the keyset position of the
 * last item of the previous page (from {@link Cursor}); null for the first page.
 */
public record EvaluationQuery(String organizationId, String candidateId, LocalDate from, LocalDate to,
        Cursor after, int limit) {

    /** A position in the list: the submission time and id of an evaluation. */
    public record Cursor(Instant submittedAt, UUID id) {
    }
}
