package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.domain.EvaluationContent;
import org.practiceloop.feedback.domain.EvaluationRevision;
import org.practiceloop.feedback.domain.FocusCheck;
import org.practiceloop.feedback.domain.InterviewType;
import org.practiceloop.feedback.domain.Rating;
import org.practiceloop.feedback.domain.Recommendation;

/** A stored evaluation (one of its revisions), as the API returns it. */
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
        @Schema(description = "1 as submitted, then 2, 3, … for each amendment")
        int revision,
        @Schema(description = "When this revision was stored (the submission's time for revision 1)")
        Instant revisedAt,
        @Schema(description = "Until when the evaluation may be amended")
        Instant amendableUntil,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FocusCheck> focusChecks) {

    /** The latest revision. */
    static EvaluationResponse of(Evaluation e) {
        return of(e, e, e.revision, e.revisedAt);
    }

    /** An earlier revision of {@code evaluation}. */
    static EvaluationResponse of(Evaluation evaluation, EvaluationRevision earlier) {
        return of(evaluation, earlier, earlier.revision, earlier.revisedAt);
    }

    private static EvaluationResponse of(Evaluation evaluation, EvaluationContent c, int revision, Instant revisedAt) {
        return new EvaluationResponse(evaluation.id,
                new EvaluationRequest.Candidate(c.candidateId, c.candidateEmail, c.candidateName),
                new EvaluationRequest.Interviewer(c.interviewerId, c.interviewerName, c.interviewerEmail),
                c.sessionDate, c.interviewType, c.targetRole, c.targetLevel, c.ratings, c.recommendation,
                c.strengths, c.improvements, c.comments, c.questions, evaluation.submittedAt, revision, revisedAt,
                evaluation.amendableUntil, c.focusChecks);
    }
}
