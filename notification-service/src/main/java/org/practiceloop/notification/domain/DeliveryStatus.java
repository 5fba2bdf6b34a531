package org.practiceloop.notification.domain;

/** Where an email (plan or partner) is: PENDING → SENDING → SENT, or one of the ends that send nothing. */
public enum DeliveryStatus {
    /** Waiting for its time: the pacing window, or the next retry. */
    PENDING,
    /** Claimed by a dispatcher that is talking to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Permanently refused by the SMTP server, or out of attempts; not retried. */
    FAILED,
    /** Not sent: a newer plan version arrived while this one waited for the pacing window. */
    SUPERSEDED,
    /** Not sent: the address was refused permanently before. */
    SUPPRESSED,
    /** Not sent: the recipient unsubscribed. */
    UNSUBSCRIBED
}
