package org.practiceloop.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The producer's real JSON: docs/events/evaluation-submitted.v1.json, evaluation-revised.v1.json and
 * the interview events are checked against what feedback-service actually publishes (its
 * EvaluationSubmittedEventTest and CandidateInterviewResourceTest, and its revision tests), and replayed here.
 */
final class ContractEvents {

    static final Path EVALUATION_SUBMITTED = Path.of("../docs/events/evaluation-submitted.v1.json");
    static final Path ACTION_PLAN_UPDATED = Path.of("../docs/events/action-plan-updated.v1.json");
    static final Path INTERVIEW_LOGGED = Path.of("../docs/events/interview-logged.v1.json");
    static final Path INTERVIEW_DELETED = Path.of("../docs/events/interview-deleted.v1.json");
    static final Path EVALUATION_REVISED = Path.of("../docs/events/evaluation-revised.v1.json");
    static final Path EVALUATION_ANALYZED = Path.of("../docs/events/evaluation-analyzed.v1.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractEvents() {
    }

    static ObjectNode read(Path path) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documented event as a new submission for the given candidate. */
    static ObjectNode evaluationFor(String candidateId) {
        ObjectNode event = read(EVALUATION_SUBMITTED);
        event.put("eventId", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("evaluationId", UUID.randomUUID().toString());
        ((ObjectNode) data.get("candidate")).put("id", candidateId);
        return event;
    }

    /** The documented EvaluationRevised event as that revision of the given evaluation (its id and candidate). */
    static ObjectNode revisionOf(ObjectNode evaluation, int revision) {
        ObjectNode event = read(EVALUATION_REVISED);
        event.put("eventId", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("evaluationId", evaluation.at("/data/evaluationId").asText()).put("revision", revision);
        ((ObjectNode) data.get("candidate")).put("id", evaluation.at("/data/candidate/id").asText());
        return event;
    }

    /** The documented InterviewLogged event as a new interview of the given candidate. */
    static ObjectNode interviewFor(String candidateId) {
        ObjectNode event = read(INTERVIEW_LOGGED);
        event.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) event.get("data")).put("interviewId", UUID.randomUUID().toString()).put("candidateId", candidateId);
        return event;
    }

    /** The documented InterviewDeleted event for that interview. */
    static ObjectNode deletionOf(ObjectNode interviewLogged) {
        ObjectNode event = read(INTERVIEW_DELETED);
        event.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) event.get("data")).put("interviewId", interviewLogged.at("/data/interviewId").asText())
                .put("candidateId", interviewLogged.at("/data/candidateId").asText());
        return event;
    }
}
