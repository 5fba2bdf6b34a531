package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The consumer's view of the ActionPlanUpdated contract (docs/events.md), version 1. The plan
 * carries no non-actionable text by contract, so everything here may be shown to the candidate.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanUpdated(Candidate candidate, int planVersion, Plan plan, Instant createdAt) {

    public static final String TYPE = "ActionPlanUpdated";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String id, String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(List<FocusArea> focusAreas, List<Improvement> improved, int shieldedItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FocusArea(String theme, String title, String status, int sessions, int partners,
            List<Evidence> evidence, List<Drill> drills, String howYouWillKnow, LocalDate recheckOn) {

        public boolean recurring() {
            return "recurring".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String quote, LocalDate sessionDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Drill(String practice, String target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Improvement(String theme, String title, LocalDate lastSeen) {
    }
}
