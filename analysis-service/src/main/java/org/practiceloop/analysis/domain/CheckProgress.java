package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a partner saw of a focus area at a session (an evaluation's focusChecks[].progress). */
public enum CheckProgress {
    IMPROVED, SAME, WORSE, NOT_OBSERVED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Empty for a value this version does not know: such a check is ignored, not dead-lettered. */
    public static Optional<CheckProgress> of(String wire) {
        return Arrays.stream(values()).filter(p -> p.toString().equals(wire)).findFirst();
    }
}
