package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every queued email (a candidate's plan, a partner's shielded comments) keeps beside the
 * queue's columns: rendered once when its event arrives, then sent as stored by the dispatcher.
 */
@MappedSuperclass
public abstract class OutgoingEmail extends QueuedMessage {

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The signed one-click unsubscribe link (RFC 8058) carried by this email. */
    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;

    /** Stable across retries, so a receiving server can drop a second copy. */
    public abstract String messageId();

    @Override
    public boolean isSending() {
        return status == DeliveryStatus.SENDING;
    }

    @Override
    public void enter(State state) {
        status = DeliveryStatus.valueOf(state.name());
    }
}
