package org.practiceloop.feedback.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.practiceloop.feedback.domain.Interview;
import org.practiceloop.feedback.domain.InterviewOutcome;
import org.practiceloop.feedback.domain.InterviewStage;

/**
 * The {@code data} of an InterviewLogged event (docs/events.md): published on
 * {@code evaluation-submitted} with the candidate's key, so it stays in order with their
 * evaluations and their erasure.
 */
public record InterviewLogged(
        UUID interviewId,
        String candidateId,
        String company,
        String role,
        InterviewStage stage,
        LocalDate interviewDate,
        InterviewOutcome outcome,
        String feedback,
        Instant loggedAt) {

    public static final String TYPE = "InterviewLogged";
    public static final int VERSION = 1;

    public static InterviewLogged of(Interview i) {
        return new InterviewLogged(i.id, i.candidateId, i.company, i.role, i.stage, i.interviewDate, i.outcome,
                i.feedback, i.loggedAt);
    }
}
