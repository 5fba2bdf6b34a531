package org.practiceloop.feedback.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.practiceloop.feedback.domain.Evaluation;

/**
 * The {@code data} of an EvaluationRevised event (docs/events.md): every field of
 * EvaluationSubmitted, for the whole new revision, then its number and when it was stored.
 * Published on {@link EvaluationSubmitted#TOPIC} with the candidate's key, after the original.
 */
public record EvaluationRevised(@JsonUnwrapped EvaluationSubmitted evaluation, int revision, Instant revisedAt) {

    public static final String TYPE = "EvaluationRevised";
    public static final int VERSION = 1;

    public static EvaluationRevised of(Evaluation e) {
        return new EvaluationRevised(EvaluationSubmitted.of(e), e.revision, e.revisedAt);
    }
}
