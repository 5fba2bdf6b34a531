package org.practiceloop.notification.domain;

public enum DeliveryStatus {
    /** Waiting for (another) attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Permanently refused by the SMTP server; not retried. */
    FAILED
}
