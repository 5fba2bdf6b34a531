package org.practiceloop.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.practiceloop.common.event.EventConsumption;
import org.practiceloop.common.event.EventEnvelope;
import org.practiceloop.notification.service.IncomingEvents;

/** Queues the partner's email about the comments the candidate will not see, once per evaluation. */
@ApplicationScoped
public class EvaluationAnalyzedConsumer {

    private final EventConsumption consumption;
    private final IncomingEvents incoming;

    EvaluationAnalyzedConsumer(EventConsumption consumption, IncomingEvents incoming) {
        this.consumption = consumption;
        this.incoming = incoming;
    }

    @Incoming("evaluation-analyzed")
    public Uni<Void> consume(String payload) {
        EventEnvelope<EvaluationAnalyzed> event = consumption.read(payload, EvaluationAnalyzed.class,
                EvaluationAnalyzed.TYPE, EvaluationAnalyzed.VERSION);
        return consumption.applyOnce(event, () -> incoming.evaluationAnalyzed(event));
    }
}
