package org.practiceloop.common.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The authenticated caller of this request, from its security identity. Resources take the
 * organisation from here, never from the request, so one organisation cannot name another's.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String organizationId() {
        return caller().organizationId();
    }

    /** The visible id of the caller's key: what records of who changed something name. */
    public String keyId() {
        return caller().keyId();
    }

    private Caller caller() {
        Caller caller = identity.getAttribute(ApiKeyIdentityProvider.CALLER);
        if (caller == null) {
            throw new IllegalStateException("No API key's caller: does the operation declare a scope with @RolesAllowed?");
        }
        return caller;
    }

    /**
     * Whether the caller may act for this candidate: an API key for any of its organisation's, a
     * delegated token that names a candidate ({@link DelegatedInterview}) only for that one.
     */
    public boolean mayActFor(String candidateId) {
        String named = identity.getAttribute(DelegatedTokenIdentityProvider.SUBJECT_DETAIL);
        return named == null || named.isEmpty() || named.equals(candidateId);
    }
}
