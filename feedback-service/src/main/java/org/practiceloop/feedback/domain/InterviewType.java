package org.practiceloop.feedback.domain;

import com.fasterxml.jackson.annotation.JsonValue;

public enum InterviewType {
    CODING, SYSTEM_DESIGN, SQL_DATA, STATISTICS, ML, PRODUCT, BEHAVIORAL;

    /** The name clients send and read: {@code system_design}. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
