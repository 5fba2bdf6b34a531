package org.practiceloop.naive;

import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * The naive peer of feedback-service's POST /api/v1/evaluations: persist, send, answer. No
 * outbox (the event is sent before the commit, and lost if the broker is down), no
 * idempotency, no API key, no tenant, no validation.
 */
@Path("/api/v1/evaluations")
public class EvaluationResource {

    public record Person(String id, String email, String name) {
    }

    public record Rating(String competency, Integer score, Boolean notAssessed, String note) {
    }

    public record Submission(Person candidate, Person interviewer, LocalDate sessionDate, String interviewType,
            String targetRole, String targetLevel, List<Rating> ratings, String recommendation, String strengths,
            String improvements, String comments, List<String> questions) {
    }

    @Channel("evaluations")
    Emitter<Record<String, NaiveEvaluation>> emitter;

    @POST
    @Transactional
    public Response submit(Submission submission) {
        NaiveEvaluation evaluation = new NaiveEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.candidateId = submission.candidate().id();
        evaluation.candidateEmail = submission.candidate().email();
        evaluation.candidateName = submission.candidate().name();
        evaluation.interviewerId = submission.interviewer().id();
        evaluation.interviewerName = submission.interviewer().name();
        evaluation.sessionDate = submission.sessionDate();
        evaluation.interviewType = submission.interviewType();
        evaluation.targetRole = submission.targetRole();
        evaluation.targetLevel = submission.targetLevel();
        evaluation.ratings = submission.ratings();
        evaluation.recommendation = submission.recommendation();
        evaluation.strengths = submission.strengths();
        evaluation.improvements = submission.improvements();
        evaluation.comments = submission.comments();
        evaluation.questions = submission.questions();
        evaluation.submittedAt = Instant.now();
        evaluation.persist();
        emitter.send(Record.of(evaluation.candidateId, evaluation));
        return Response.created(URI.create("/api/v1/evaluations/" + evaluation.id)).entity(evaluation).build();
    }
}
