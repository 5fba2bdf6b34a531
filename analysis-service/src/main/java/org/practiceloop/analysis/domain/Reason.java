package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why an item is non-actionable. */
public enum Reason {
    /** Budget, headcount, a filled or cancelled role, fixed facts, process mishaps. */
    EXTERNAL,
    /** A verdict without content: "not a fit", "we moved on". */
    VAGUE,
    /** Positive, with nothing to act on. */
    PRAISE,
    /** Personal or discriminatory remarks. */
    HURTFUL;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
