package org.practiceloop.common.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.tenant.CurrentTenant;

/**
 * {@code Authorization: Bearer <key>} on every operation: 401 without a valid key, 403 without the
 * operation's scope, 429 with {@code Retry-After} past the key's rate, all as problem+json. Only
 * resources marked {@link PublicPage} (behind their own signed links) take no key; whatever is not
 * marked at all is refused, whatever its path. The caller's organisation becomes the request's
 * tenant, which scopes every query of it.
 */
public class ApiKeyFilter {

    private final ApiKeys keys;
    private final CurrentCaller current;
    private final CurrentTenant tenant;
    private final KeyRateLimiter limiter;
    private final Optional<String> operatorKeyHash;

    ApiKeyFilter(ApiKeys keys, CurrentCaller current, CurrentTenant tenant, KeyRateLimiter limiter, AuthConfig config) {
        this.keys = keys;
        this.current = current;
        this.tenant = tenant;
        this.limiter = limiter;
        this.operatorKeyHash = config.operatorKey().map(ApiKeyFormat::hash);
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || annotation(resource, PublicPage.class) != null) {
            return null; // no such operation (JAX-RS answers 404/405), or a page behind a signed link
        }
        String key = bearer(request);
        if (annotation(resource, OperatorOnly.class) != null) {
            if (operatorKeyHash.isEmpty() || key == null
                    || !ApiKeyFormat.sameHash(ApiKeyFormat.hash(key), operatorKeyHash.get())) {
                return unauthorized("This operation needs the operator key.");
            }
            tenant.actAsService(); // the operator manages organisations, so acts above them
            return null;
        }
        if (key == null) {
            return unauthorized("Send an API key: Authorization: Bearer <key>.");
        }
        Optional<Caller> caller = keys.authenticate(key);
        if (caller.isEmpty()) {
            return unauthorized("The API key is not valid: unknown, revoked, or mistyped.");
        }
        OptionalLong retryAfter = limiter.acquire(caller.get().keyId());
        if (retryAfter.isPresent()) {
            return Response.fromResponse(Problem.of(429, "Too Many Requests", "This API key sends more than "
                    + "its rate allows; retry after " + retryAfter.getAsLong() + " s.").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong()).build();
        }
        RequiresScope required = annotation(resource, RequiresScope.class);
        if (required == null || !caller.get().scopes().contains(required.value())) {
            return Problem.of(Response.Status.FORBIDDEN, required == null
                    ? "This operation is not open to API keys."
                    : "This API key lacks the scope " + required.value() + ".").toResponse();
        }
        current.set(caller.get());
        tenant.set(caller.get().organizationId());
        return null;
    }

    private static <A extends Annotation> A annotation(ResourceInfo resource, Class<A> type) {
        A onMethod = resource.getResourceMethod().getAnnotation(type);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(type);
    }

    private static String bearer(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return null;
        }
        return header.substring(7).trim();
    }


    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
