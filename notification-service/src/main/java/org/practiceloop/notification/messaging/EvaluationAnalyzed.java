package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's view of the EvaluationAnalyzed contract (docs/events.md), version 1: what the
 * partner's email needs. It carries the non-actionable text, which goes only back to its author.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationAnalyzed(@NotNull UUID evaluationId, @Min(1) int revision, @NotNull @Valid Candidate candidate,
        @NotNull @Valid Interviewer interviewer, @NotNull LocalDate sessionDate, @NotNull String interviewType,
        Instant amendableUntil, @NotNull List<@NotNull @Valid Item> items) {

    public static final String TYPE = "EvaluationAnalyzed";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(@NotNull String id) {
    }

    /** {@code email}: null or absent when the partner gave none, and then no email. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interviewer(@NotNull String id, String name, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(@NotNull String text, @NotNull String field, ShieldReason reason,
            @NotNull Boolean shownToCandidate, String suggestion) {

        private static final String RATING_NOTE = "ratings.";

        /** Where the partner wrote it, in words: "Improvements", "your note on problem solving". */
        public String source() {
            return switch (field) {
                case "strengths" -> "Strengths";
                case "improvements" -> "Improvements";
                case "comments" -> "Other comments";
                default -> field.startsWith(RATING_NOTE) && field.endsWith(".note")
                        ? "Note on " + field.substring(RATING_NOTE.length(), field.length() - ".note".length())
                                .replace('_', ' ')
                        : field;
            };
        }
    }

    /** The items the candidate will not see. */
    public List<Item> shielded() {
        return items.stream().filter(item -> !item.shownToCandidate()).toList();
    }

    public List<Item> shown() {
        return items.stream().filter(Item::shownToCandidate).toList();
    }

    /** The interview type in words: {@code system_design} → "system design". */
    public String interviewTypeInWords() {
        return interviewType.replace('_', ' ');
    }
}
