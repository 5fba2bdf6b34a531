package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The theme taxonomy (PRODUCT.md): what a constructive item is about. */
public enum Theme {
    COMMUNICATION("Communication"),
    PROBLEM_CLARIFICATION("Clarifying the problem"),
    ALGORITHMS_DATA_STRUCTURES("Algorithms and data structures"),
    CODING_FLUENCY("Coding fluency"),
    TESTING_DEBUGGING("Testing and debugging"),
    COMPLEXITY_ANALYSIS("Complexity analysis"),
    SYSTEM_DESIGN("System design"),
    SQL_DATA("SQL and data"),
    STATISTICS_EXPERIMENTATION("Statistics and experimentation"),
    MACHINE_LEARNING("Machine learning"),
    PRODUCT_SENSE("Product sense"),
    BEHAVIORAL_STORIES("Behavioural stories"),
    TIME_MANAGEMENT("Time management"),
    DOMAIN_KNOWLEDGE("Domain knowledge");

    private final String title;

    Theme(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
