package org.practiceloop.notification.rest;

import java.time.Instant;
import java.util.UUID;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookDeliveryStatus;

/** One message to one endpoint and how its attempts went. */
public record WebhookDeliveryResponse(UUID id, String messageId, String eventType, WebhookDeliveryStatus status,
        int attempts, Integer lastResponseStatus, String lastError, Instant createdAt, Instant nextAttemptAt,
        Instant deliveredAt) {

    static WebhookDeliveryResponse of(WebhookDelivery delivery) {
        return new WebhookDeliveryResponse(delivery.id, delivery.messageId, delivery.eventType, delivery.status,
                delivery.attempts, delivery.lastResponseStatus, delivery.lastError, delivery.createdAt,
                delivery.status == WebhookDeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
                delivery.deliveredAt);
    }
}
