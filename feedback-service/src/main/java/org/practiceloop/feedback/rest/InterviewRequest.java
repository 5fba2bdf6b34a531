package org.practiceloop.feedback.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.feedback.domain.InterviewOutcome;
import org.practiceloop.feedback.domain.InterviewStage;

/**
 * A real interview, as the candidate or a platform logs it. Text lengths are checked by
 * {@link InterviewChecks} (413), not here (400): a pasted email that is too long is too large, not malformed.
 */
public record InterviewRequest(
        @Schema(description = "The company (optional)", example = "Northwind") String company,
        @Schema(example = "data scientist") @NotBlank String role,
        @NotNull InterviewStage stage,
        @Schema(description = "When it took place; a future date only while the outcome is pending")
        @NotNull LocalDate interviewDate,
        @NotNull InterviewOutcome outcome,
        @Schema(description = "The feedback received, pasted as is (a rejection email with its greeting and signature is fine)")
        String feedback) {
}
