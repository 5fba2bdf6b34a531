package org.practiceloop.analysis.rest;

import java.time.Instant;
import java.util.List;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlanVersion;

public record ActionPlanResponse(
        String candidateId,
        int version,
        Instant createdAt,
        List<ActionPlan.FocusArea> focusAreas,
        List<ActionPlan.Improvement> improved,
        int shieldedItems) {

    static ActionPlanResponse of(ActionPlanVersion v) {
        return new ActionPlanResponse(v.candidateId, v.version, v.createdAt, v.content.focusAreas(),
                v.content.improved(), v.content.shieldedItems());
    }
}
