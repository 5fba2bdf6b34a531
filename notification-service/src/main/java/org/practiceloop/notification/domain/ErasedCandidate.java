package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The tombstone of an erased candidate (GDPR): their id and when, nothing else. */
@Entity
@Table(name = "erased_candidate")
public class ErasedCandidate extends CandidateRow {

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;
}
