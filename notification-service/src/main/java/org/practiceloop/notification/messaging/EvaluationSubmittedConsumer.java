package org.practiceloop.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.notification.service.IncomingEvents;

/** Queues the {@code evaluation.accepted} webhooks, and erases candidates (with {@code candidate.erased}). */
@ApplicationScoped
public class EvaluationSubmittedConsumer {

    /**
     * Also on this topic (docs/events.md), for analysis-service. A revision: the webhook was sent
     * for the original, and what changes for the candidate arrives as a new plan.
     */
    private static final Set<String> FOR_ANALYSIS = Set.of("InterviewLogged", "InterviewDeleted", "EvaluationRevised");

    private final EventConsumption consumption;
    private final IncomingEvents incoming;

    EvaluationSubmittedConsumer(EventConsumption consumption, IncomingEvents incoming) {
        this.consumption = consumption;
        this.incoming = incoming;
    }

    /** The topic carries a candidate's evaluations, revisions and interviews and, in order after them, their erasure. */
    @Incoming("evaluation-submitted")
    public Uni<Void> consume(String payload) {
        String type = consumption.eventType(payload);
        if (FOR_ANALYSIS.contains(type)) {
            // A real interview or a revision reaches the candidate through the plan it changes (ActionPlanUpdated).
            return Uni.createFrom().voidItem();
        }
        if (CandidateErased.TYPE.equals(type)) {
            EventEnvelope<CandidateErased> event = consumption.read(payload, CandidateErased.class,
                    CandidateErased.TYPE, CandidateErased.VERSION);
            return consumption.applyOnceUntilDone(event, () -> incoming.candidateErased(event));
        }
        EventEnvelope<EvaluationSubmitted> event = consumption.read(payload, EvaluationSubmitted.class,
                EvaluationSubmitted.TYPE, EvaluationSubmitted.VERSION);
        return consumption.applyOnce(event, () -> incoming.evaluationSubmitted(event));
    }
}
