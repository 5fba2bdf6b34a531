package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address an SMTP server refused permanently (5xx), stored in lower case ({@link SuppressedAddresses}). */
@Entity
@Table(name = "suppressed_address")
public class SuppressedAddress extends AddressRow {

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
