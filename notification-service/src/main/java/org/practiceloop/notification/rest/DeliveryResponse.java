package org.practiceloop.notification.rest;

import java.time.Instant;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;

/**
 * One plan email's delivery, without its content. {@code scheduledFor}: when a PENDING email
 * goes (the pacing window's end, or the next retry); {@code supersededBy}: the version that
 * replaced a SUPERSEDED one; {@code replacesVersions}: earlier versions this email sums up.
 */
public record DeliveryResponse(int planVersion, DeliveryStatus status, int attempts, Instant createdAt,
        Instant scheduledFor, Instant sentAt, Integer supersededBy, int replacesVersions, String lastError) {

    static DeliveryResponse of(PlanEmail email) {
        return new DeliveryResponse(email.planVersion, email.status, email.attempts, email.createdAt,
                email.status == DeliveryStatus.PENDING ? email.nextAttemptAt : null, email.sentAt,
                email.supersededBy, email.replacesVersions, email.lastError);
    }
}
