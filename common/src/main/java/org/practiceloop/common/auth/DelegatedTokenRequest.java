package org.practiceloop.common.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A delegated token read by a {@link DelegatedTokenMechanism}, for the service's {@link DelegatedTokenIdentityProvider}. */
public final class DelegatedTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    DelegatedTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
