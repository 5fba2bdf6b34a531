package org.practiceloop.analysis.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.practiceloop.analysis.config.ReviewConfig;
import org.practiceloop.common.auth.ApiKeyIdentityProvider;
import org.practiceloop.common.auth.Caller;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.link.SignedLinks;

/**
 * A genuine, unexpired review token becomes an identity of the token's organisation (so the
 * request's tenant is that organisation's) with the single role {@link DelegatedReview#ROLE}
 * and no scope: it opens the review and nothing else.
 */
@ApplicationScoped
public class DelegatedReviewIdentityProvider implements IdentityProvider<DelegatedReviewRequest> {

    private static final String PRINCIPAL = "feedback-service (delegated review)";

    private final SignedLinks tokens;

    DelegatedReviewIdentityProvider(ReviewConfig config) {
        // Only verifies: the tokens carry their own expiry, so the lifetime given here is never used.
        this.tokens = new SignedLinks(config.signing(), "practiceloop.review.signing", Duration.ZERO, Clock.systemUTC());
    }

    @Override
    public Class<DelegatedReviewRequest> getRequestType() {
        return DelegatedReviewRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(DelegatedReviewRequest request, AuthenticationRequestContext context) {
        return tokens.verify(request.token())
                .filter(subject -> DelegatedReview.SUBJECT.equals(subject.subjectId()))
                .map(subject -> Uni.createFrom().<SecurityIdentity>item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(PRINCIPAL))
                        .addAttribute(ApiKeyIdentityProvider.CALLER,
                                new Caller(subject.organizationId(), "delegated-review", Set.of()))
                        .addRole(DelegatedReview.ROLE)
                        .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
    }
}
