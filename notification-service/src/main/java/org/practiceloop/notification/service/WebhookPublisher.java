package org.practiceloop.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.practiceloop.common.trace.TraceParents;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookDeliveryStatus;
import org.practiceloop.notification.domain.WebhookEndpoint;
import org.practiceloop.notification.domain.WebhookEventType;

/**
 * Queues a message for each subscribed endpoint in the caller's transaction (an outbox: the
 * message exists exactly when the effect that caused it committed). The dispatcher sends it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookPublisher {

    /** The body every endpoint receives (Standard Webhooks' recommended shape). */
    public record Message(String type, Instant timestamp, Object data) {
    }

    /** Fired inside the transaction; the dispatcher reacts once it has committed. */
    public record WebhookQueued() {
    }

    public static final String TEST_EVENT_TYPE = "webhook.test";

    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final Event<WebhookQueued> queued;

    WebhookPublisher(ObjectMapper mapper, EntityManager entityManager, Event<WebhookQueued> queued) {
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.queued = queued;
    }

    /**
     * {@code messageId} must be derived from what the message is about, so a redelivered event
     * (or a second event about the same thing) queues nothing new.
     */
    public void publish(String organizationId, WebhookEventType type,
            String messageId, Message message) {
        List<WebhookEndpoint> endpoints = WebhookEndpoint.subscribedTo(organizationId, type);
        if (endpoints.isEmpty()) {
            return;
        }
        String payload = json(message);
        String traceparent = TraceParents.ofCurrentSpan();
        int queuedCount = 0;
        for (WebhookEndpoint endpoint : endpoints) {
            // Native for ON CONFLICT: a message about the same subject again queues nothing, race-free.
            queuedCount += entityManager.createNativeQuery("""
                            insert into webhook_delivery (id, organization_id, endpoint_id, message_id, event_type,
                                                          payload, status, attempts, next_attempt_at, created_at,
                                                          traceparent)
                            values (?1, ?6, ?2, ?3, ?4, ?5, 'PENDING', 0, now(), now(), ?7)
                            on conflict (endpoint_id, message_id) do nothing""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, endpoint.id).setParameter(3, messageId)
                    .setParameter(4, message.type()).setParameter(5, payload).setParameter(6, endpoint.organizationId)
                    .setParameter(7, traceparent)
                    .executeUpdate();
        }
        if (queuedCount > 0) {
            queued.fire(new WebhookQueued());
        }
    }

    /** A test message to one endpoint, whatever it subscribed to. */
    public WebhookDelivery publishTest(WebhookEndpoint endpoint) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.organizationId = endpoint.organizationId;
        delivery.endpointId = endpoint.id;
        delivery.messageId = "msg_" + delivery.id;
        delivery.eventType = TEST_EVENT_TYPE;
        delivery.createdAt = Instant.now();
        delivery.payload = json(new Message(TEST_EVENT_TYPE, delivery.createdAt,
                new TestData(endpoint.id, "A test event from Practice Loop. It changes nothing.")));
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.nextAttemptAt = delivery.createdAt;
        delivery.traceparent = TraceParents.ofCurrentSpan();
        delivery.persist();
        queued.fire(new WebhookQueued());
        return delivery;
    }

    record TestData(UUID endpointId, String message) {
    }

    private String json(Message message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook message is made of records and cannot fail to serialise", e);
        }
    }
}
