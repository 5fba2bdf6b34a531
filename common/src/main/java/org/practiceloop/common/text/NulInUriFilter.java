package org.practiceloop.common.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.practiceloop.common.problem.Problem;

/** A NUL in a path segment or query parameter (see {@link NulCharacter}): 400 before any resource runs. */
public class NulInUriFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        if (NulCharacter.inEncodedUri(request.getUriInfo().getRequestUri().getRawPath())
                || NulCharacter.inEncodedUri(String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()))) {
            return Problem.of(Response.Status.BAD_REQUEST, "The path or query " + NulCharacter.MESSAGE + ".").toResponse();
        }
        return null;
    }
}
