package org.practiceloop.feedback.messaging;

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

/** The {@code data} of an EvaluationSubmitted event (docs/events.md). */
public record EvaluationSubmitted(
        UUID evaluationId,
        Candidate candidate,
        Interviewer interviewer,
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
        Instant amendableUntil,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FocusCheck> focusChecks) {

    public static final String TOPIC = "evaluation-submitted";
    public static final String TYPE = "EvaluationSubmitted";
    public static final int VERSION = 1;

    public record Candidate(String id, String email, String name) {
    }

    public record Interviewer(String id, String name, String email) {
    }

    public static EvaluationSubmitted of(Evaluation e) {
        return new EvaluationSubmitted(e.id,
                new Candidate(e.candidateId, e.candidateEmail, e.candidateName),
                new Interviewer(e.interviewerId, e.interviewerName, e.interviewerEmail),
                e.sessionDate, e.interviewType, e.targetRole, e.targetLevel, e.ratings, e.recommendation,
                e.strengths, e.improvements, e.comments, e.questions, e.submittedAt, e.amendableUntil,
                e.focusChecks);
    }

    /** Keeps each candidate's events in order on one partition; organisations never share a key. */
    public static String key(Evaluation e) {
        return key(e.organizationId, e.candidateId);
    }

    /** The record key of every event about this candidate on {@link #TOPIC}. */
    public static String key(String organizationId, String candidateId) {
        return organizationId + "/" + candidateId;
    }
}
