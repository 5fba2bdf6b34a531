package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Why an item is non-actionable. */
public enum Reason {
    /** Budget, headcount, a filled or cancelled role, fixed facts, process mishaps. */
    EXTERNAL,
    /** A verdict without content: "not a fit", "we moved on". */
    VAGUE,
    /** Positive, with nothing to act on (issue 17's `praise_only`). */
    PRAISE_ONLY,
    /** Personal or discriminatory remarks. */
    HURTFUL;

    /** A count per reason, every reason at zero, in this order: what the shielded summaries start from. */
    public static Map<String, Integer> zeroCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(values()).forEach(r -> counts.put(r.toString(), 0));
        return counts;
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
