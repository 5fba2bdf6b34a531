package org.practiceloop.common.auth;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Reads a delegated token (one service acting for an organisation on a caller's behalf:
 * {@link DelegatedReview}, {@link DelegatedInterview}) from its header. Requests without that
 * header are left to the API key mechanism, which also answers the challenge. A service that
 * accepts one kind of delegated token subclasses this once, naming the header.
 */
public abstract class DelegatedTokenMechanism implements HttpAuthenticationMechanism {

    private final String header;

    protected DelegatedTokenMechanism(String header) {
        this.header = header;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = context.request().getHeader(header);
        if (token == null || token.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new DelegatedTokenRequest(token.strip()), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(DelegatedTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, header));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 1; // after the API key mechanism, whose challenge is the one to send
    }
}
