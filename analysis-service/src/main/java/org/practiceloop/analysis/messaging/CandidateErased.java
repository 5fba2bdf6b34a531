package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** This service's view of the CandidateErased contract (docs/events.md), version 1. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateErased(@NotNull String candidateId, Instant erasedAt) {

    public static final String TYPE = "CandidateErased";
    public static final int VERSION = 1;
}
