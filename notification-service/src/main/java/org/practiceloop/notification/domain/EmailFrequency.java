package org.practiceloop.notification.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** How often a candidate wants plan emails: each version at once, or the newest one per day or week. */
public enum EmailFrequency {
    EACH_UPDATE("each_update", Duration.ZERO),
    DAILY("daily", Duration.ofDays(1)),
    WEEKLY("weekly", Duration.ofDays(7));

    private final String wireName;
    private final Duration window;

    EmailFrequency(String wireName, Duration window) {
        this.wireName = wireName;
        this.window = window;
    }

    /** At most one email per this window; a newer version replaces one still waiting. */
    public Duration window() {
        return window;
    }

    @JsonValue
    @Override
    public String toString() {
        return wireName;
    }

    public static Optional<EmailFrequency> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }
}
