package org.practiceloop.feedback.rest;

import java.util.List;
import org.practiceloop.feedback.client.ReviewedTexts;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.domain.FocusCheck;
import org.practiceloop.feedback.domain.Rating;

final class EvaluationMapper {

    private EvaluationMapper() {
    }

    static Evaluation toEntity(EvaluationRequest request, String organizationId) {
        Evaluation e = new Evaluation();
        e.organizationId = organizationId;
        e.candidateId = request.candidate().id().strip();
        e.candidateEmail = request.candidate().email().strip();
        e.candidateName = request.candidate().name();
        e.interviewerId = request.interviewer().id().strip();
        e.interviewerName = request.interviewer().name();
        e.interviewerEmail = request.interviewer().email() == null ? null : request.interviewer().email().strip();
        e.sessionDate = request.sessionDate();
        e.interviewType = request.interviewType();
        e.targetRole = request.targetRole();
        e.targetLevel = request.targetLevel();
        e.ratings = request.ratings() == null ? List.of() : request.ratings().stream()
                .map(r -> new Rating(r.competency(), r.score(), r.wasNotAssessed(), r.note()))
                .toList();
        e.recommendation = request.recommendation();
        e.strengths = request.strengths();
        e.improvements = request.improvements();
        e.comments = request.comments();
        e.questions = request.questions();
        e.focusChecks = request.focusChecks() == null || request.focusChecks().isEmpty() ? null
                : request.focusChecks().stream().map(c -> new FocusCheck(c.theme().strip(), c.progress(),
                        c.note() == null || c.note().isBlank() ? null : c.note().strip())).toList();
        return e;
    }

    /** What analysis-service reads of the evaluation, exactly as submitting it would send it. */
    static ReviewedTexts toReviewedTexts(EvaluationRequest request) {
        List<ReviewedTexts.RatingNote> notes = request.ratings() == null ? List.of() : request.ratings().stream()
                .filter(r -> r.note() != null && !r.note().isBlank())
                .map(r -> new ReviewedTexts.RatingNote(r.competency(), r.note()))
                .toList();
        return new ReviewedTexts(request.strengths(), request.improvements(), request.comments(), notes);
    }
}
