package org.practiceloop.feedback.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a real interview ended; {@code pending} while the candidate waits for an answer. */
public enum InterviewOutcome {
    OFFER, REJECTED, WITHDREW, PENDING;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
