package org.practiceloop.feedback.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a real interview process had gone. */
public enum InterviewStage {
    SCREEN, TECHNICAL, ONSITE, FINAL;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
