package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner address that asked for no more emails about its evaluations (RFC 8058 one-click unsubscribe), per organisation. */
@Entity
@Table(name = "unsubscribed_partner")
public class UnsubscribedPartner extends AddressRow {

    @Column(name = "unsubscribed_at", nullable = false)
    public Instant unsubscribedAt;
}
