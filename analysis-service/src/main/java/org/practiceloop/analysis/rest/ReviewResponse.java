package org.practiceloop.analysis.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LabelSource;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/** Each item the analysis would make of the evaluation, how it would be labelled, and what to tell its writer. */
public record ReviewResponse(List<Item> items, Summary summary) {

    public record Item(
            @Schema(description = "The field it came from: strengths, improvements, comments or rating_note")
            String source,
            @Schema(description = "For a rating's note: the competency rated")
            String competency,
            String text,
            Label label,
            @Schema(description = "Why a non-actionable item is left out; absent for constructive ones")
            Reason reason,
            @Schema(description = "What a constructive item is about; absent for non-actionable ones")
            Theme theme,
            double confidence,
            @Schema(description = "model, or correction: taken over from an item of the organisation a person corrected")
            LabelSource labelSource,
            @Schema(description = "True when the item reaches the candidate's plan")
            boolean shownToCandidate,
            @Schema(description = "For the writer: why it is shown or left out, and how to make it useful")
            String suggestion) {
    }

    public record Summary(int items, int shown,
            @Schema(description = "Items left out, by reason (every reason, zero included)")
            Map<String, Integer> shielded) {
    }

    static ReviewResponse of(List<LabelledItem> labelled, List<String> suggestions) {
        List<Item> items = new ArrayList<>(labelled.size());
        for (int i = 0; i < labelled.size(); i++) {
            LabelledItem item = labelled.get(i);
            var label = item.classification();
            items.add(new Item(item.source().name().toLowerCase(Locale.ROOT), item.competency(), item.text(),
                    label.label(), label.reason(), label.theme(), label.confidence(), label.source(), item.shownToCandidate(),
                    suggestions.get(i)));
        }
        return new ReviewResponse(items, new Summary(items.size(), LabelledItem.shown(labelled),
                LabelledItem.shieldedByReason(labelled)));
    }
}
