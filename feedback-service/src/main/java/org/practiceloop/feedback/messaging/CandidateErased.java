package org.practiceloop.feedback.messaging;

import java.time.Instant;

/**
 * The {@code data} of a CandidateErased event (docs/events.md): published on
 * {@code evaluation-submitted} with the candidate's key, so every consumer handles it after the
 * candidate's earlier evaluations. It names the candidate by id only.
 */
public record CandidateErased(String candidateId, Instant erasedAt) {

    public static final String TYPE = "CandidateErased";
    public static final int VERSION = 1;
}
