package org.practiceloop.analysis.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** This service's view of the InterviewLogged contract (docs/events.md), version 1. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterviewLogged(
        @NotNull UUID interviewId,
        @NotBlank String candidateId,
        String company,
        @NotBlank String role,
        @NotBlank String stage,
        @NotNull LocalDate interviewDate,
        @NotBlank String outcome,
        String feedback,
        @NotNull Instant loggedAt) {

    public static final String TYPE = "InterviewLogged";
    public static final int VERSION = 1;
}
