package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.feedback.domain.FocusProgress;
import org.practiceloop.feedback.domain.InterviewType;
import org.practiceloop.feedback.domain.Recommendation;

/** What a partner submits after a mock interview. Field names are a public contract. */
public record EvaluationRequest(
        @NotNull @Valid Candidate candidate,
        @NotNull @Valid Interviewer interviewer,
        @NotNull @PastOrPresent LocalDate sessionDate,
        @NotNull InterviewType interviewType,
        @Size(max = 100) String targetRole,
        @Size(max = 50) String targetLevel,
        @Size(max = 30) List<@NotNull @Valid RatingInput> ratings,
        @NotNull Recommendation recommendation,
        @Size(max = TEXT_LIMIT) String strengths,
        @Size(max = TEXT_LIMIT) String improvements,
        @Size(max = TEXT_LIMIT) String comments,
        @Schema(description = "Questions the partner asked (optional)")
        @Size(max = 30) List<@NotBlank @Size(max = 500) String> questions,
        @Schema(description = "Optional: the partner's check of the candidate's current focus areas "
                + "(GET /api/v1/candidates/{id}/focus-areas at analysis-service), one per theme")
        // Left out when absent, so an evaluation without checks fingerprints as before they existed.
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Size(max = 14) List<@NotNull @Valid FocusCheckInput> focusChecks) {

    static final int TEXT_LIMIT = 5000;

    public record Candidate(
            @Schema(description = "The candidate's id within the submitting organisation", example = "cand-42")
            // Ids go into signed links and message keys: printable characters only.
            @NotBlank @Size(max = 100) @Pattern(regexp = "\\P{Cntrl}+", message = "must not contain control characters")
            String id,
            @Schema(description = "Where the action plan is emailed", example = "ada@example.com")
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) String name) {
    }

    public record FocusCheckInput(
            @Schema(description = "A theme of the candidate's current plan", example = "problem_clarification")
            @NotBlank @Size(max = 50) String theme,
            @Schema(description = "improved, same, worse or not_observed") @NotNull FocusProgress progress,
            @Size(max = 1000) String note) {
    }

    public record Interviewer(@NotBlank @Size(max = 100) String id, @Size(max = 200) String name,
            @Schema(description = "Optional: where the partner is told which comments the candidate will not see, "
                    + "with a link to amend the evaluation", example = "anna@example.com")
            @Email @Size(max = 254) String email) {
    }

    @ScoreMatchesAssessment
    public record RatingInput(
            @Schema(example = "communication")
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,49}", message = "must be a lower_snake_case competency name")
            String competency,
            @Schema(description = "1 strong no, 2 leaning no, 3 leaning yes, 4 strong yes; absent when not assessed")
            @Min(1) @Max(4) Integer score,
            @Schema(description = "True when the competency was not assessed in this session")
            Boolean notAssessed,
            @Size(max = 1000) String note) {

        public boolean wasNotAssessed() {
            return Boolean.TRUE.equals(notAssessed);
        }
    }
}
