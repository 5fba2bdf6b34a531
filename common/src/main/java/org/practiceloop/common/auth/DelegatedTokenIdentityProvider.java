package org.practiceloop.common.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.practiceloop.common.link.SignedLinks;

/**
 * A genuine, unexpired delegated token whose subject is an expected one becomes an identity of
 * the token's organisation (so the request's tenant is that organisation's) with one delegated
 * role and no scope: it opens the operations that accept that role. What the subject names
 * besides (the candidate of an interview token) is kept as the attribute {@link #SUBJECT_DETAIL}.
 * One channel (header and keys) may carry several kinds of token, each granting its own role.
 */
public abstract class DelegatedTokenIdentityProvider implements IdentityProvider<DelegatedTokenRequest> {

    /** The identity's attribute holding what the token's subject names besides its kind, if anything. */
    public static final String SUBJECT_DETAIL = "practiceloop.delegated-subject";

    /** What a token's subject grants: a role, and what it names besides (empty string when nothing). */
    public record Grant(String role, String detail) {
    }

    private final SignedLinks tokens;
    private final Function<String, Optional<Grant>> grants;

    /**
     * @param subjectDetail from a token's subject, what it names (empty string when nothing), or
     *                      empty when the subject is not this kind of token's
     */
    protected DelegatedTokenIdentityProvider(SignedLinks tokens, String role,
            Function<String, Optional<String>> subjectDetail) {
        this(tokens, subject -> subjectDetail.apply(subject).map(detail -> new Grant(role, detail)));
    }

    /** @param grants from a token's subject, what it grants, or empty when no kind of this channel's has it */
    protected DelegatedTokenIdentityProvider(SignedLinks tokens, Function<String, Optional<Grant>> grants) {
        this.tokens = tokens;
        this.grants = grants;
    }

    @Override
    public Class<DelegatedTokenRequest> getRequestType() {
        return DelegatedTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(DelegatedTokenRequest request, AuthenticationRequestContext context) {
        return tokens.verify(request.token())
                .flatMap(subject -> grants.apply(subject.subjectId())
                        .map(grant -> Uni.createFrom().<SecurityIdentity>item(QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal("delegated " + grant.role()))
                                .addAttribute(ApiKeyIdentityProvider.CALLER,
                                        new Caller(subject.organizationId(), grant.role(), Set.of()))
                                .addAttribute(SUBJECT_DETAIL, grant.detail())
                                .addRole(grant.role())
                                .build())))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
    }
}
