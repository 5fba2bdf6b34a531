package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** How often a candidate chose to get plan emails; no row means the configured default window. */
@Entity
@Table(name = "email_preference")
public class ChosenFrequency extends CandidateRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmailFrequency frequency;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
