package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ThemeStatus {
    /** Raised in two or more sessions. */
    RECURRING,
    /** Raised in one session so far. */
    SINGLE,
    /**
     * Was recurring, and then absent from the last two sessions that could have raised it while its ratings
     * rose (or no competency rates it), or praised for progress since it was last raised.
     */
    RESOLVED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
