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

/** Queues the {@code evaluation.accepted} webhooks for each evaluation feedback-service accepted. */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    private static final TypeReference<EventEnvelope<EvaluationSubmitted>> ENVELOPE = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final IncomingEvents incoming;

    EvaluationSubmittedConsumer(ObjectMapper mapper, IncomingEvents incoming) {
        this.mapper = mapper;
        this.incoming = incoming;
    }

    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        EventEnvelope<EvaluationSubmitted> event = EventConsumption.read(mapper, payload, ENVELOPE,
                EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION);
        EvaluationSubmitted data = event.data();
        if (data.evaluationId() == null || data.candidate() == null || data.candidate().id() == null
                || data.sessionDate() == null || data.submittedAt() == null) {
            throw new InvalidEventException("EvaluationSubmitted is missing required fields", null);
        }
        return EventConsumption.applyWithRetries(() -> incoming.evaluationSubmitted(event));
    }
}
