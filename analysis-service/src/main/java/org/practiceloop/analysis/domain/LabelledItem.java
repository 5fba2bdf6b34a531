package org.practiceloop.analysis.domain;

/**
 * One feedback item of an evaluation as the analysis sees it: where it came from ({@code competency}
 * only for a rating's note), its text, and its label.
 */
public record LabelledItem(ItemSource source, String competency, String text, Classification classification) {

    /** Constructive items reach the candidate's plan; non-actionable ones are shielded from it. */
    public boolean shownToCandidate() {
        return classification.label() == Label.CONSTRUCTIVE;
    }
}
