package org.practiceloop.notification.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The events an endpoint can subscribe to, by their names on the wire (docs/webhooks.md). */
public enum WebhookEventType {
    EVALUATION_ACCEPTED("evaluation.accepted"),
    PLAN_UPDATED("plan.updated"),
    EMAIL_SENT("email.sent"),
    CANDIDATE_ERASED("candidate.erased");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String toString() {
        return wireName;
    }
}
