package org.practiceloop.analysis.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/**
 * The {@code data} of an EvaluationAnalyzed event (docs/events.md): how one revision of an
 * evaluation was labelled, item by item, for the partner who wrote it. Unlike ActionPlanUpdated it
 * carries the shielded text, because it goes back only to its author.
 */
public record EvaluationAnalyzed(
        UUID evaluationId,
        int revision,
        Candidate candidate,
        Interviewer interviewer,
        LocalDate sessionDate,
        String interviewType,
        Instant amendableUntil,
        List<Item> items,
        Summary summary,
        Instant analyzedAt) {

    public static final String TOPIC = "evaluation-analyzed";
    public static final String TYPE = "EvaluationAnalyzed";
    public static final int VERSION = 1;

    /** No contact details: the event is for the partner, not the candidate. */
    public record Candidate(String id) {
    }

    public record Interviewer(String id, String name, String email) {
    }

    /** {@code field}: {@code strengths}, {@code improvements}, {@code comments} or {@code ratings.{competency}.note}. */
    public record Item(String text, String field, Label label, Reason reason, Theme theme, double confidence,
            boolean shownToCandidate, String suggestion) {
    }

    public record Summary(int items, int shown, Map<String, Integer> shieldedByReason) {
    }
}
