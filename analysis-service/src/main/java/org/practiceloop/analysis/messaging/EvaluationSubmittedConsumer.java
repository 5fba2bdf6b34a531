package org.practiceloop.analysis.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.analysis.service.CandidateErasure;
import org.practiceloop.analysis.service.EvaluationAnalysisService;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;

/** Analyses each submitted evaluation, one at a time, so a candidate's are analysed in order. */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    private final EventConsumption consumption;
    private final EvaluationAnalysisService analysis;
    private final CandidateErasure erasure;

    EvaluationSubmittedConsumer(EventConsumption consumption, EvaluationAnalysisService analysis,
            CandidateErasure erasure) {
        this.consumption = consumption;
        this.analysis = analysis;
        this.erasure = erasure;
    }

    /** The topic carries a candidate's evaluations and, in order after them, their erasure. */
    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        if (CandidateErased.TYPE.equals(consumption.eventType(payload))) {
            EventEnvelope<CandidateErased> event = consumption.read(payload, CandidateErased.class,
                    CandidateErased.TYPE, CandidateErased.VERSION);
            return consumption.applyOnceUntilDone(event, () -> erasure.erase(event));
        }
        EventEnvelope<EvaluationSubmitted> event = consumption.read(payload, EvaluationSubmitted.class,
                EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION);
        return consumption.applyOnce(event, () -> analysis.analyze(event));
    }
}
