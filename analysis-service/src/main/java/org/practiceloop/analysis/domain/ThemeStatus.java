package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ThemeStatus {
    /** Raised in two or more sessions. */
    RECURRING,
    /** Raised in one session so far. */
    SINGLE,
    /** Was recurring, absent from the last two sessions, and its ratings rose. */
    RESOLVED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
