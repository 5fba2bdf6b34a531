package org.practiceloop.analysis.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.analysis.service.CandidateErasure;
import org.practiceloop.analysis.service.EvaluationAnalysisService;
import org.practiceloop.analysis.service.InterviewAnalysisService;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;

/** Analyses each submitted or revised evaluation and logged interview, one at a time, so a candidate's are analysed in order. */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    private final EventConsumption consumption;
    private final EvaluationAnalysisService analysis;
    private final InterviewAnalysisService interviews;
    private final CandidateErasure erasure;

    EvaluationSubmittedConsumer(EventConsumption consumption, EvaluationAnalysisService analysis,
            InterviewAnalysisService interviews, CandidateErasure erasure) {
        this.consumption = consumption;
        this.analysis = analysis;
        this.interviews = interviews;
        this.erasure = erasure;
    }

    /** The topic carries a candidate's evaluations and interviews and, in order after them, their erasure. */
    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        String type = consumption.eventType(payload);
        if (CandidateErased.TYPE.equals(type)) {
            EventEnvelope<CandidateErased> event = consumption.read(payload, CandidateErased.class,
                    CandidateErased.TYPE, CandidateErased.VERSION);
            return consumption.applyOnceUntilDone(event, () -> erasure.erase(event));
        }
        if (InterviewLogged.TYPE.equals(type)) {
            EventEnvelope<InterviewLogged> event = consumption.read(payload, InterviewLogged.class,
                    InterviewLogged.TYPE, InterviewLogged.VERSION);
            return consumption.applyOnce(event, () -> interviews.logged(event));
        }
        if (InterviewDeleted.TYPE.equals(type)) {
            EventEnvelope<InterviewDeleted> event = consumption.read(payload, InterviewDeleted.class,
                    InterviewDeleted.TYPE, InterviewDeleted.VERSION);
            // Like an erasure: what was derived from the interview must go, even after a long outage.
            return consumption.applyOnceUntilDone(event, () -> interviews.deleted(event));
        }
        if (EvaluationRevised.TYPE.equals(type)) {
            // The whole amended evaluation plus its revision number: read as both, each with its constraints.
            int revision = consumption.read(payload, EvaluationRevised.class, EvaluationRevised.TYPE,
                    EvaluationRevised.VERSION).data().revision();
            EventEnvelope<EvaluationSubmitted> revised = consumption.read(payload, EvaluationSubmitted.class,
                    EvaluationRevised.TYPE, EvaluationRevised.VERSION);
            return consumption.applyOnce(revised, () -> analysis.analyze(revised, revision));
        }
        EventEnvelope<EvaluationSubmitted> event = consumption.read(payload, EvaluationSubmitted.class,
                EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION);
        return consumption.applyOnce(event, () -> analysis.analyze(event));
    }
}
