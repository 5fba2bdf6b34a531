package org.practiceloop.feedback.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * analysis-service's review of an evaluation, answered as it came: what the analysis will make of
 * each item, and what to tell its writer. Fields analysis adds later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Review(List<Item> items, Summary summary) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            @Schema(description = "The field it came from: strengths, improvements, comments or rating_note")
            String source,
            @Schema(description = "For a rating's note: the competency rated")
            String competency,
            String text,
            @Schema(description = "constructive or non_actionable")
            String label,
            @Schema(description = "Why a non-actionable item is left out: external, vague, praise_only or hurtful")
            String reason,
            @Schema(description = "What a constructive item is about (the theme taxonomy)")
            String theme,
            double confidence,
            @Schema(description = "True when the item reaches the candidate's plan")
            boolean shownToCandidate,
            @Schema(description = "For the writer: why it is shown or left out, and how to make it useful")
            String suggestion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(int items, int shown,
            @Schema(description = "Items left out, by reason") Map<String, Integer> shielded) {
    }
}
