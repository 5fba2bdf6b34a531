package org.practiceloop.feedback.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.feedback.config.FeedbackConfig;

/**
 * One evaluation (or logged interview) is small; only the import carries many. The HTTP layer's limit
 * ({@code quarkus.http.limits.max-body-size}) is sized for imports, so a single submission's
 * smaller limit is checked here, from Content-Length, before the body is parsed.
 */
public class BodySizeLimit {

    private final FeedbackConfig config;

    BodySizeLimit(FeedbackConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitSingleSubmissions(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean singleSubmission = "POST".equals(request.getMethod())
                && (path.equals("/api/v1/evaluations") || path.equals("/api/v1/evaluations/review")
                        || path.startsWith("/form") || path.endsWith("/interviews") || path.endsWith("/amend"))
                || "PUT".equals(request.getMethod()) && path.startsWith("/api/v1/evaluations/");
        if (singleSubmission && request.getLength() > config.maxEvaluationBytes()) {
            return Optional.of(Problem.of(413, "Content Too Large", "An evaluation or interview may be at most "
                    + config.maxEvaluationBytes() / 1024 + " KiB.").toResponse());
        }
        return Optional.empty();
    }
}
