package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.analysis.service.CandidateErasure;
import org.practiceloop.analysis.service.EvaluationAnalysisService;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.common.event.InvalidEventException;

/** Analyses each submitted evaluation, one at a time, so a candidate's are analysed in order. */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    private static final TypeReference<EventEnvelope<EvaluationSubmitted>> ENVELOPE = new TypeReference<>() { };
    private static final TypeReference<EventEnvelope<CandidateErased>> ERASURE = new TypeReference<>() { };

    private final ObjectMapper mapper;
    private final EvaluationAnalysisService analysis;
    private final CandidateErasure erasure;

    EvaluationSubmittedConsumer(ObjectMapper mapper, EvaluationAnalysisService analysis, CandidateErasure erasure) {
        this.mapper = mapper;
        this.analysis = analysis;
        this.erasure = erasure;
    }

    /** The topic carries a candidate's evaluations and, in order after them, their erasure. */
    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        if (CandidateErased.TYPE.equals(EventConsumption.eventType(mapper, payload))) {
            EventEnvelope<CandidateErased> event = EventConsumption.read(mapper, payload, ERASURE,
                    CandidateErased.TYPE, CandidateErased.VERSION);
            if (event.data().candidateId() == null) {
                throw new InvalidEventException("CandidateErased is missing candidateId", null);
            }
            return EventConsumption.applyUntilDone(event, () -> erasure.erase(event));
        }
        EventEnvelope<EvaluationSubmitted> event = EventConsumption.read(mapper, payload, ENVELOPE,
                EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION);
        EvaluationSubmitted data = event.data();
        if (data.evaluationId() == null || data.candidate() == null || data.candidate().id() == null
                || data.interviewer() == null || data.interviewer().id() == null || data.sessionDate() == null) {
            throw new InvalidEventException("EvaluationSubmitted is missing required fields", null);
        }
        return EventConsumption.applyWithRetries(event, () -> analysis.analyze(event));
    }
}
