package org.practiceloop.analysis.domain;

import java.util.List;
import java.util.Map;

/**
 * One feedback item of an evaluation as the analysis sees it: where it came from ({@code competency}
 * only for a rating's note), its text, and its label.
 */
public record LabelledItem(ItemSource source, String competency, String text, Classification classification) {

    /** Constructive items reach the candidate's plan; non-actionable ones are shielded from it. */
    public boolean shownToCandidate() {
        return classification.label() == Label.CONSTRUCTIVE;
    }

    /** How many of the items reach the candidate's plan. */
    public static int shown(List<LabelledItem> items) {
        return (int) items.stream().filter(LabelledItem::shownToCandidate).count();
    }

    /** How many of the items are left out, per reason (every reason, zero included): the review's and the partner's summary. */
    public static Map<String, Integer> shieldedByReason(List<LabelledItem> items) {
        Map<String, Integer> shielded = Reason.zeroCounts();
        items.stream().map(i -> i.classification().reason()).filter(r -> r != null)
                .forEach(r -> shielded.merge(r.toString(), 1, Integer::sum));
        return shielded;
    }
}
