package org.practiceloop.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A coaching platform's URL that receives signed events of the types it subscribed to. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String url;

    public String description;

    /** Wire names, e.g. {@code plan.updated}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /** {@code whsec_} + base64 of 32 random bytes; signs every delivery. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean enabled;

    /** Failed attempts in a row over all of its deliveries; a success resets it. */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<WebhookEndpoint> ofOrganization(String organizationId, UUID id) {
        return find("organizationId = ?1 and id = ?2", organizationId, id).firstResultOptional();
    }

    public static List<WebhookEndpoint> listOfOrganization(String organizationId) {
        return list("organizationId = ?1 order by createdAt", organizationId);
    }

    /**
     * Filtered here, not in the query: an organisation has a handful of endpoints, and Hibernate's
     * {@code array_contains} binds the type as {@code varchar[]}, which PostgreSQL will not compare with {@code text[]}.
     */
    public static List<WebhookEndpoint> subscribedTo(String organizationId, WebhookEventType type) {
        return WebhookEndpoint.<WebhookEndpoint>list("organizationId = ?1 and enabled = true", organizationId).stream()
                .filter(endpoint -> endpoint.eventTypes.contains(type.toString())).toList();
    }
}
