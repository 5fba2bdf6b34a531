package org.practiceloop.analysis.messaging;

import java.time.Instant;
import java.util.List;
import org.practiceloop.analysis.domain.ActionPlan;

/**
 * The {@code data} of an ActionPlanUpdated event (docs/events.md): the whole new version, the
 * drills the candidate has ticked so far, and a fresh signed link to their plan page.
 */
public record ActionPlanUpdated(
        Candidate candidate,
        int planVersion,
        ActionPlan plan,
        List<String> drillsDone,
        String planUrl,
        Instant createdAt) {

    public static final String TOPIC = "action-plan-updated";
    public static final String TYPE = "ActionPlanUpdated";
    public static final int VERSION = 1;

    public record Candidate(String id, String email, String name) {
    }
}
