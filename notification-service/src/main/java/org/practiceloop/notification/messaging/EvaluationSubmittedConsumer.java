package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.InvalidEventException;
import org.practiceloop.notification.service.IncomingEvents;

/** Queues the {@code evaluation.accepted} webhooks, and erases candidates (with {@code candidate.erased}). */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    private static final TypeReference<EventEnvelope<EvaluationSubmitted>> ENVELOPE = new TypeReference<>() { };
    private static final TypeReference<EventEnvelope<CandidateErased>> ERASURE = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final IncomingEvents incoming;

    EvaluationSubmittedConsumer(ObjectMapper mapper, IncomingEvents incoming) {
        this.mapper = mapper;
        this.incoming = incoming;
    }

    /** The topic carries a candidate's evaluations and, in order after them, their erasure. */
    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        if (CandidateErased.TYPE.equals(EventConsumption.eventType(mapper, payload))) {
            EventEnvelope<CandidateErased> event = EventConsumption.read(mapper, payload, ERASURE,
                    CandidateErased.TYPE, CandidateErased.VERSION);
            if (event.data().candidateId() == null || event.data().erasedAt() == null) {
                throw new InvalidEventException("CandidateErased is missing required fields", null);
            }
            return EventConsumption.applyUntilDone(event, () -> incoming.candidateErased(event));
        }
        EventEnvelope<EvaluationSubmitted> event = EventConsumption.read(mapper, payload, ENVELOPE,
                EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION);
        EvaluationSubmitted data = event.data();
        if (data.evaluationId() == null || data.candidate() == null || data.candidate().id() == null
                || data.sessionDate() == null || data.submittedAt() == null) {
            throw new InvalidEventException("EvaluationSubmitted is missing required fields", null);
        }
        return EventConsumption.applyWithRetries(event, () -> incoming.evaluationSubmitted(event));
    }
}
