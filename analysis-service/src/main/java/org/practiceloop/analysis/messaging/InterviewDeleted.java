package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** This service's view of the InterviewDeleted contract (docs/events.md), version 1. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterviewDeleted(@NotNull UUID interviewId, @NotBlank String candidateId, Instant deletedAt) {

    public static final String TYPE = "InterviewDeleted";
    public static final int VERSION = 1;
}
