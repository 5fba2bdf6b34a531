package org.practiceloop.analysis.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A delegated review token to be checked by {@link DelegatedReviewIdentityProvider}. */
public final class DelegatedReviewRequest extends BaseAuthenticationRequest {

    private final String token;

    DelegatedReviewRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
