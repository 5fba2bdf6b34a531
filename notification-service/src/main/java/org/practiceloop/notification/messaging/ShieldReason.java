package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an item is not shown to the candidate, with the wire names of EvaluationAnalyzed v1 (docs/events.md). */
public enum ShieldReason {
    @JsonProperty("external")
    EXTERNAL("It is about something outside the candidate's control, so it is left aside."),
    @JsonProperty("vague")
    VAGUE("It is too general to act on: it does not say what happened or what to do instead."),
    @JsonProperty("praise_only")
    PRAISE_ONLY("It is praise that does not say what to keep doing, so it gives the candidate nothing to practise."),
    @JsonProperty("hurtful")
    HURTFUL("It reads as personal or hurtful, so the candidate is shielded from it.");

    private final String inWords;

    ShieldReason(String inWords) {
        this.inWords = inWords;
    }

    /** The reason as the partner's email states it. */
    public String inWords() {
        return inWords;
    }
}
