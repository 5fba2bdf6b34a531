package org.practiceloop.notification.rest;

import java.time.Instant;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;

/** One plan email's delivery, without its content. */
public record DeliveryResponse(int planVersion, DeliveryStatus status, int attempts, Instant createdAt,
        Instant sentAt, String lastError) {

    static DeliveryResponse of(PlanEmail email) {
        return new DeliveryResponse(email.planVersion, email.status, email.attempts, email.createdAt, email.sentAt,
                email.lastError);
    }
}
