package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.domain.FocusCheck;
import org.practiceloop.feedback.domain.InterviewType;
import org.practiceloop.feedback.domain.Rating;
import org.practiceloop.feedback.domain.Recommendation;

/** A stored evaluation, as the API returns it. */
public record EvaluationResponse(
        UUID id,
        EvaluationRequest.Candidate candidate,
        EvaluationRequest.Interviewer interviewer,
        LocalDate sessionDate,
        InterviewType interviewType,
        String targetRole,
        String targetLevel,
        List<Rating> ratings,
        Recommendation recommendation,
        String strengths,
        String improvements,
        String comments,
        List<String> questions,
        Instant submittedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FocusCheck> focusChecks) {

    static EvaluationResponse of(Evaluation e) {
        return new EvaluationResponse(e.id,
                new EvaluationRequest.Candidate(e.candidateId, e.candidateEmail, e.candidateName),
                new EvaluationRequest.Interviewer(e.interviewerId, e.interviewerName),
                e.sessionDate, e.interviewType, e.targetRole, e.targetLevel, e.ratings, e.recommendation,
                e.strengths, e.improvements, e.comments, e.questions, e.submittedAt, e.focusChecks);
    }
}
