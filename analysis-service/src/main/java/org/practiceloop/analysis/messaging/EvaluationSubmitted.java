package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The consumer's view of the EvaluationSubmitted contract (docs/events.md), version 1.
 * Fields this service does not need, and fields added later, are ignored; the constraints are
 * what an event must carry to be analysed (checked by {@code EventConsumption}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationSubmitted(
        @NotNull UUID evaluationId,
        @NotNull @Valid Candidate candidate,
        @NotNull @Valid Interviewer interviewer,
        @NotNull LocalDate sessionDate,
        String interviewType,
        List<Rating> ratings,
        String strengths,
        String improvements,
        String comments,
        Instant submittedAt,
        Instant amendableUntil,
        List<@NotNull @Valid FocusCheck> focusChecks) {

    public static final String TYPE = "EvaluationSubmitted";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(@NotNull String id, String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interviewer(@NotNull String id, String name, String email) {
    }

    /** {@code theme} and {@code progress} as sent: a value this version does not know is ignored, not dead-lettered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FocusCheck(@NotNull String theme, @NotNull String progress, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(String competency, Integer score, boolean notAssessed, String note) {
    }
}
