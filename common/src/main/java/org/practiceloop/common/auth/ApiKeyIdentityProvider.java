package org.practiceloop.common.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a key into an identity: the operator key (role {@link Roles#OPERATOR}), or an
 * organisation's key (its scopes as roles, the {@link Caller} as an attribute, which makes the
 * request's tenant). A key past its rate fails here, before any operation runs, as it did when a
 * filter checked keys.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The identity's attribute holding the {@link Caller}; the operator has none. */
    public static final String CALLER = "practiceloop.caller";

    private final ApiKeys keys;
    private final KeyRateLimiter limiter;
    private final Optional<String> operatorKeyHash;

    ApiKeyIdentityProvider(ApiKeys keys, KeyRateLimiter limiter, AuthConfig config) {
        this.keys = keys;
        this.limiter = limiter;
        this.operatorKeyHash = config.operatorKey().filter(k -> !k.isBlank()).map(ApiKeyFormat::hash);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = request.getToken().getToken();
        return context.runBlocking(() -> identity(key)); // a key is looked up in the database
    }

    private SecurityIdentity identity(String key) {
        // An organisation's key first: the common case hashes the key once, in ApiKeys.
        Optional<Caller> organisation = keys.authenticate(key);
        if (organisation.isEmpty()) {
            if (operatorKeyHash.isPresent() && ApiKeyFormat.sameHash(ApiKeyFormat.hash(key), operatorKeyHash.get())) {
                return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(Roles.OPERATOR))
                        .addRole(Roles.OPERATOR).build();
            }
            throw new AuthenticationFailedException(); // AuthProblemMappers words the answer
        }
        Caller caller = organisation.get();
        OptionalLong retryAfter = limiter.acquire(caller.keyId());
        if (retryAfter.isPresent()) {
            KeyRateExceeded exceeded = new KeyRateExceeded(retryAfter.getAsLong());
            throw new AuthenticationFailedException(exceeded.getMessage(), exceeded);
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.keyId())).addAttribute(CALLER, caller);
        caller.scopes().forEach(scope -> identity.addRole(scope.toString()));
        return identity.build();
    }

    /** Why a genuine key failed: it sends more than its rate allows (429 with Retry-After, not 401). */
    public static final class KeyRateExceeded extends RuntimeException {

        private final long retryAfterSeconds;

        KeyRateExceeded(long retryAfterSeconds) {
            super("This API key sends more than its rate allows; retry after " + retryAfterSeconds + " s.");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
