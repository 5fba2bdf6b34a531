package org.practiceloop.feedback.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a partner saw of a focus area of the candidate's plan in this session. */
public enum FocusProgress {
    IMPROVED, SAME, WORSE, NOT_OBSERVED;

    /** The name clients send and read: {@code not_observed}. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
