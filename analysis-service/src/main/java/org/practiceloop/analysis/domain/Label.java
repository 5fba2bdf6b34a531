package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum Label {
    /** Something the candidate controls: a skill, knowledge, a habit, a soft skill. */
    CONSTRUCTIVE,
    /** Nothing the candidate can act on; shielded from the plan. */
    NON_ACTIONABLE;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
