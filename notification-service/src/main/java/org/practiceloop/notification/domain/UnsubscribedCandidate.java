package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A candidate who asked for no more plan emails (RFC 8058 one-click unsubscribe). */
@Entity
@Table(name = "unsubscribed_candidate")
public class UnsubscribedCandidate extends CandidateRow {

    @Column(name = "unsubscribed_at", nullable = false)
    public Instant unsubscribedAt;
}
