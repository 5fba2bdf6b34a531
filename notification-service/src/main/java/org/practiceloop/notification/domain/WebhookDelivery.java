package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message to one endpoint, with its attempts; the body is kept exactly as it is signed. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends QueuedMessage {

    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;

    /** Read with the delivery, so a dispatcher has the URL and the secret once its claim has committed. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "endpoint_id", insertable = false, updatable = false)
    public WebhookEndpoint endpoint;

    /** The {@code webhook-id} header: the same on every retry, so receivers can drop repeats. */
    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookDeliveryStatus status;

    @Column(name = "last_response_status")
    public Integer lastResponseStatus;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Override
    public boolean isSending() {
        return status == WebhookDeliveryStatus.SENDING;
    }

    @Override
    public void enter(State state) {
        status = WebhookDeliveryStatus.valueOf(state.name());
    }

    public static List<WebhookDelivery> latestOf(String organizationId, UUID endpointId, int limit) {
        return find("organizationId = ?1 and endpointId = ?2 order by createdAt desc", organizationId, endpointId)
                .page(0, limit).list();
    }
}
