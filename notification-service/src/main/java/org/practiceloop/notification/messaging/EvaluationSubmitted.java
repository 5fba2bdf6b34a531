package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * This service's view of the EvaluationSubmitted contract (docs/events.md), version 1: only what
 * the {@code evaluation.accepted} webhook tells a platform. The free text is deliberately not read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationSubmitted(@NotNull UUID evaluationId, @NotNull @Valid Candidate candidate,
        @NotNull LocalDate sessionDate, String interviewType, @NotNull Instant submittedAt) {

    public static final String TYPE = "EvaluationSubmitted";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(@NotNull String id) {
    }
}
