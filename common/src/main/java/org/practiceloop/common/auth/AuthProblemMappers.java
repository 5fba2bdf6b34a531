package org.practiceloop.common.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemExceptionMappers;

/**
 * Quarkus Security's refusals as problem+json: 401 with {@code WWW-Authenticate: Bearer} without
 * a valid key, 403 naming the scope the operation declares, 429 with {@code Retry-After} past the
 * key's rate, and 503 when the keys cannot be read for a database outage. Needs
 * {@code quarkus.http.auth.proactive=false}, so that authentication fails inside the REST layer.
 */
public class AuthProblemMappers {

    private static final String NEEDS_OPERATOR = "This operation needs the operator key.";
    private static final String NOT_VALID = "The API key is not valid: unknown, revoked, or mistyped.";

    private final SecurityIdentity identity;

    AuthProblemMappers(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response noKey(UnauthorizedException e, ResourceInfo resource) {
        return unauthorized(isOperatorOnly(rolesAllowed(resource)) ? NEEDS_OPERATOR
                : "Send an API key: Authorization: Bearer <key>.");
    }

    @ServerExceptionMapper
    public Response badKey(AuthenticationFailedException e, ResourceInfo resource) {
        if (isOperatorOnly(rolesAllowed(resource))) {
            return unauthorized(NEEDS_OPERATOR); // whatever the key was, it is not the operator's
        }
        if (e.getCause() instanceof ApiKeyIdentityProvider.KeyRateExceeded rate) {
            return Response.fromResponse(Problem.of(429, "Too Many Requests", rate.getMessage()).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, rate.retryAfterSeconds()).build();
        }
        return ProblemExceptionMappers.databaseOutage(e).orElseGet(() -> unauthorized(NOT_VALID));
    }

    @ServerExceptionMapper
    public Response missingScope(ForbiddenException e, ResourceInfo resource) {
        RolesAllowed roles = rolesAllowed(resource);
        if (isOperatorOnly(roles)) {
            return unauthorized(NEEDS_OPERATOR); // an organisation's key is no operator key
        }
        if (roles == null) { // denied to everyone, before any key is read: leave the identity unresolved
            return Problem.of(Response.Status.FORBIDDEN, "This operation is not open to API keys.").toResponse();
        }
        if (identity.hasRole(Roles.OPERATOR)) {
            return unauthorized(NOT_VALID); // the operator key is no organisation's key
        }
        return Problem.of(Response.Status.FORBIDDEN,
                "This API key lacks the scope " + String.join(" or ", roles.value()) + ".").toResponse();
    }

    private static boolean isOperatorOnly(RolesAllowed roles) {
        return roles != null && Arrays.asList(roles.value()).contains(Roles.OPERATOR);
    }

    private static RolesAllowed rolesAllowed(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        RolesAllowed onMethod = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
