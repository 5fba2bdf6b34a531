package org.practiceloop.analysis.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.analysis.domain.EvaluationTexts;

/** The free text of an evaluation, with the limits of feedback-service's evaluation (5000 per field, 30 ratings). */
public record ReviewRequest(
        @Size(max = 5000) String strengths,
        @Size(max = 5000) String improvements,
        @Size(max = 5000) String comments,
        @Schema(description = "The ratings' notes, with the competency each was written about")
        @Size(max = 30) List<@NotNull @Valid RatingNote> ratingNotes) {

    public record RatingNote(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,49}", message = "must be a lower_snake_case competency name")
            String competency,
            @NotBlank @Size(max = 1000) String note) {
    }

    EvaluationTexts texts() {
        return new EvaluationTexts(strengths, improvements, comments, ratingNotes == null ? List.of()
                : ratingNotes.stream().map(r -> new EvaluationTexts.RatingNote(r.competency(), r.note())).toList());
    }
}
