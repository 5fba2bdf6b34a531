package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.problem.Problem;

/** One result per submitted row, in order, and the totals. */
public record ImportResponse(int accepted, int duplicates, int rejected, List<RowResult> results) {

    /** {@code accepted} (stored now), {@code duplicate} (stored by an earlier import), or {@code rejected}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RowResult(int row, String status, UUID id, List<Problem.FieldError> errors) {

        static RowResult accepted(int row, UUID id) {
            return new RowResult(row, "accepted", id, List.of());
        }

        static RowResult duplicate(int row, UUID id) {
            return new RowResult(row, "duplicate", id, List.of());
        }

        static RowResult rejected(int row, List<Problem.FieldError> errors) {
            return new RowResult(row, "rejected", null, errors);
        }
    }

    static ImportResponse of(List<RowResult> results) {
        return new ImportResponse(count(results, "accepted"), count(results, "duplicate"), count(results, "rejected"),
                results);
    }

    private static int count(List<RowResult> results, String status) {
        return (int) results.stream().filter(r -> r.status().equals(status)).count();
    }
}
