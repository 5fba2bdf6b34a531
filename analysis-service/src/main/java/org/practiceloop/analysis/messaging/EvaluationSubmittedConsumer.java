package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.analysis.service.EvaluationAnalysisService;
import org.practiceloop.common.event.EventEnvelope;

/**
 * Analyses each submitted evaluation. Transient failures (the database restarting) are retried
 * in place; an unreadable event goes to the dead-letter topic and the partition moves on.
 */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    /** About five minutes of backoff: rides out a database restart, then dead-letters. */
    private static final int RETRIES = 25;
    private static final TypeReference<EventEnvelope<EvaluationSubmitted>> ENVELOPE = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final EvaluationAnalysisService analysis;

    EvaluationSubmittedConsumer(ObjectMapper mapper, EvaluationAnalysisService analysis) {
        this.mapper = mapper;
        this.analysis = analysis;
    }

    /** One event at a time per channel, so a candidate's evaluations are analysed in order. */
    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        EventEnvelope<EvaluationSubmitted> event = parse(payload);
        return Uni.createFrom().item(() -> {
                    analysis.analyze(event);
                    return (Void) null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(15)).atMost(RETRIES);
    }

    EventEnvelope<EvaluationSubmitted> parse(String payload) {
        EventEnvelope<EvaluationSubmitted> event;
        try {
            event = mapper.readValue(payload, ENVELOPE);
        } catch (JsonProcessingException e) {
            // The location, not the message: Jackson quotes the offending (personal) text.
            throw new InvalidEventException("Not an EvaluationSubmitted event: " + e.getClass().getSimpleName()
                    + (e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription()), null);
        }
        if (!EvaluationSubmitted.TYPE.equals(event.eventType()) || event.eventVersion() != EvaluationSubmitted.VERSION) {
            throw new InvalidEventException("Unsupported event " + event.eventType() + " v" + event.eventVersion(), null);
        }
        EvaluationSubmitted data = event.data();
        if (event.eventId() == null || data == null || data.evaluationId() == null || data.candidate() == null
                || data.candidate().id() == null || data.interviewer() == null || data.sessionDate() == null) {
            throw new InvalidEventException("EvaluationSubmitted is missing required fields", null);
        }
        return event;
    }
}
