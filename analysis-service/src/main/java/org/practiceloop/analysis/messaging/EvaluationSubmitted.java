package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The consumer's view of the EvaluationSubmitted contract (docs/events.md), version 1.
 * Fields this service does not need, and fields added later, are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationSubmitted(
        UUID evaluationId,
        Candidate candidate,
        Interviewer interviewer,
        LocalDate sessionDate,
        String interviewType,
        List<Rating> ratings,
        String strengths,
        String improvements,
        String comments,
        Instant submittedAt) {

    public static final String TYPE = "EvaluationSubmitted";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String id, String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interviewer(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(String competency, Integer score, boolean notAssessed, String note) {
    }
}
