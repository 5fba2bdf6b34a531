package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * What an EvaluationRevised v1 event (docs/events.md) adds to the evaluation it carries in full.
 * The consumer reads the same record's data a second time as an {@link EvaluationSubmitted}, so
 * the revised evaluation is checked by the same constraints as the original, with no copy of them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationRevised(@NotNull @Min(2) Integer revision, @NotNull Instant revisedAt) {

    public static final String TYPE = "EvaluationRevised";
    public static final int VERSION = 1;
}
