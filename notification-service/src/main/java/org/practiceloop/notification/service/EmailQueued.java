package org.practiceloop.notification.service;

import java.util.UUID;

/** Fired inside the transaction that queued an email due now; the dispatcher reacts once it has committed. */
public record EmailQueued(UUID id) {
}
