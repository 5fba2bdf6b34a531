package org.practiceloop.analysis.domain;

/**
 * A label for one feedback item; {@code reason} only for non-actionable, {@code theme} only for
 * constructive items. {@code confidence} is the probability of the label; {@code uncertain} marks
 * a confidence below the calibrated threshold. {@code source}: the model's, or an organisation's
 * correction taken over from a close item.
 */
public record Classification(Label label, Reason reason, double confidence, Theme theme, boolean uncertain,
        LabelSource source) {

    /** The model's label. */
    public Classification(Label label, Reason reason, double confidence, Theme theme, boolean uncertain) {
        this(label, reason, confidence, theme, uncertain, LabelSource.MODEL);
    }
}
