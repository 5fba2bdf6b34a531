package org.practiceloop.feedback.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Would the partner advance this candidate? */
public enum Recommendation {
    STRONG_NO, LEANING_NO, LEANING_YES, STRONG_YES;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
