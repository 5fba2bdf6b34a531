package org.practiceloop.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.practiceloop.common.event.ProcessedEventBase;

/** This service's idempotency log: the plan, evaluation and erasure events it has applied. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends ProcessedEventBase {
}
