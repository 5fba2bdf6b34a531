package org.practiceloop.analysis.domain;

/** A label for one feedback item; {@code reason} only for non-actionable, {@code theme} only for constructive items. */
public record Classification(Label label, Reason reason, double confidence, Theme theme) {

    public static Classification constructive(Theme theme, double confidence) {
        return new Classification(Label.CONSTRUCTIVE, null, confidence, theme);
    }

    public static Classification nonActionable(Reason reason, double confidence) {
        return new Classification(Label.NON_ACTIONABLE, reason, confidence, null);
    }
}
