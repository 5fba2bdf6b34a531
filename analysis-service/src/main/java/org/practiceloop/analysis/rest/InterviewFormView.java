package org.practiceloop.analysis.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.practiceloop.analysis.client.EnteredInterview;

/**
 * The plan page's "Log a real interview" form as rendered: what was entered, the errors
 * feedback-service named, a fresh nonce (the Idempotency-Key of the submit this render makes),
 * and a notice about the last submit ({@code logged}, {@code unavailable}, or none).
 */
public record InterviewFormView(EnteredInterview values, Map<String, String> errors, String nonce, String notice) {

    /** The choices feedback-service accepts, in the order a process runs. */
    public static final List<String> STAGES = List.of("screen", "technical", "onsite", "final");
    public static final List<String> OUTCOMES = List.of("pending", "offer", "rejected", "withdrew");

    static InterviewFormView empty(String notice) {
        return new InterviewFormView(EnteredInterview.none(), Map.of(), UUID.randomUUID().toString(), notice);
    }

    /** The refused values with their errors; a new nonce, since the corrected submit is another request. */
    static InterviewFormView refused(EnteredInterview values, Map<String, String> errors) {
        return new InterviewFormView(values, errors, UUID.randomUUID().toString(), null);
    }

    /**
     * The values again after feedback-service could not be reached in time, with the same nonce:
     * a timed-out submit may have been stored after all, and sending it again must not store it twice.
     */
    static InterviewFormView unavailable(EnteredInterview values, String nonce) {
        return new InterviewFormView(values, Map.of(), nonce, "unavailable");
    }

    public List<String> stages() {
        return STAGES;
    }

    public List<String> outcomes() {
        return OUTCOMES;
    }
}
