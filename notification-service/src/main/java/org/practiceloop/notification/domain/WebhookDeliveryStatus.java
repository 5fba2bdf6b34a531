package org.practiceloop.notification.domain;

public enum WebhookDeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a dispatcher that is posting it. */
    SENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Out of attempts; not retried. */
    FAILED
}
