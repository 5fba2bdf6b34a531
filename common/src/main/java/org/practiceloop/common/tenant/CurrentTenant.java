package org.practiceloop.common.tenant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.practiceloop.common.auth.ApiKeyIdentityProvider;
import org.practiceloop.common.auth.Caller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.link.SignedLinks;

/**
 * The organisation this unit of work (an API request, a page behind a signed link, an event) acts
 * for, or {@link Tenancy#SERVICE} for the service's own work across organisations. Hibernate
 * reads it once, when the unit of work opens its session, so it is set once and never changed.
 * An API request's comes from its security identity: the key's organisation, or the service for
 * the operator.
 */
@RequestScoped
public class CurrentTenant {

    private final SecurityIdentity identity;
    private String tenantId;

    CurrentTenant(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Acts for an organisation: an id from a key, a link or an event can never mean the service. */
    public void set(String organizationId) {
        if (organizationId == null || organizationId.isBlank() || Tenancy.SERVICE.equals(organizationId)) {
            throw new IllegalArgumentException("Not an organisation id");
        }
        act(organizationId);
    }

    /** Acts as the service, across organisations: the operator's API and the service's own work. */
    public void actAsService() {
        act(Tenancy.SERVICE);
    }

    private void act(String tenantId) {
        if (this.tenantId != null && !this.tenantId.equals(tenantId)) {
            throw new IllegalStateException("This unit of work already acts for another tenant");
        }
        this.tenantId = tenantId;
    }

    /** Verifies a signed link; a genuine one acts for its organisation (the pages behind links take no API key). */
    public Optional<SignedLinks.Subject> enter(SignedLinks links, String token) {
        Optional<SignedLinks.Subject> subject = links.verify(token);
        subject.ifPresent(verified -> set(verified.organizationId()));
        return subject;
    }

    /** Fails rather than guessing: data reached without a tenant would be every organisation's. */
    String get() {
        if (tenantId == null) {
            fromIdentity();
        }
        if (tenantId == null) {
            throw new IllegalStateException("No tenant for this unit of work: authenticate the caller, verify "
                    + "the signed link, or run through Tenancy before touching the database");
        }
        return tenantId;
    }

    private void fromIdentity() {
        if (identity.hasRole(Roles.OPERATOR)) {
            actAsService(); // the operator manages organisations, so acts above them
            return;
        }
        Caller caller = identity.getAttribute(ApiKeyIdentityProvider.CALLER);
        if (caller != null) {
            set(caller.organizationId());
        }
    }
}
