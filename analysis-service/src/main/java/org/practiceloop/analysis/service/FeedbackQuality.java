package org.practiceloop.analysis.service;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of an interviewer's feedback reaches candidates, and how their ratings compare with the organisation's. */
public record FeedbackQuality(String interviewerId, Figures total, List<Month> byMonth, List<Calibration> calibration) {

    public record Figures(int evaluations, int items, int shown,
            @Schema(description = "shown / items, rounded to 3 places; null without items") Double shareShown,
            @Schema(description = "Items left out, by reason (every reason, zero included)") Map<String, Integer> shielded) {
    }

    @Schema(description = "The figures of the sessions held in one month (yyyy-mm)")
    public record Month(String month, Figures figures) {
    }

    @Schema(description = "The interviewer's mean rating of a competency against the organisation's (everyone's, "
            + "the interviewer's included) for the same interview type, each with the evaluations behind it")
    public record Calibration(String interviewType, String competency, double interviewerMean,
            int interviewerEvaluations, double organizationMean, int organizationEvaluations) {
    }
}
