package org.practiceloop.feedback.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.practiceloop.feedback.domain.Interview;
import org.practiceloop.feedback.domain.InterviewOutcome;
import org.practiceloop.feedback.domain.InterviewStage;

/** A logged interview, as the API returns it. */
public record InterviewResponse(
        UUID id,
        String candidateId,
        String company,
        String role,
        InterviewStage stage,
        LocalDate interviewDate,
        InterviewOutcome outcome,
        String feedback,
        Instant loggedAt) {

    static InterviewResponse of(Interview i) {
        return new InterviewResponse(i.id, i.candidateId, i.company, i.role, i.stage, i.interviewDate, i.outcome,
                i.feedback, i.loggedAt);
    }
}
