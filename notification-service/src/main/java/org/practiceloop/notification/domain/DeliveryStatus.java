package org.practiceloop.notification.domain;

public enum DeliveryStatus {
    /** Waiting for (another) attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Permanently refused by the SMTP server, or out of attempts; not retried. */
    FAILED,
    /** Not sent: the address was refused permanently before. */
    SUPPRESSED,
    /** Not sent: the candidate unsubscribed. */
    UNSUBSCRIBED
}
