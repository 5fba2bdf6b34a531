package org.practiceloop.analysis.domain;

/**
 * A label for one feedback item; {@code reason} only for non-actionable, {@code theme} only for
 * constructive items. {@code confidence} is the probability of the label; {@code uncertain} marks
 * a confidence below the calibrated threshold.
 */
public record Classification(Label label, Reason reason, double confidence, Theme theme, boolean uncertain) {
}
