package org.practiceloop.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.practiceloop.analysis.client.FeedbackInterviews;
import org.practiceloop.analysis.client.EnteredInterview;
import org.practiceloop.analysis.config.InterviewDelegationConfig;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.problem.Problem;

/**
 * Hands an interview the candidate logged on their plan page to feedback-service, which owns
 * interviews (docs/decisions/2026-12-03-real-interviews-owned-by-feedback.md), with a delegated
 * token for that organisation and candidate. The candidate waits for the answer, so a slow or
 * failing feedback-service is given up on quickly, and after repeated failures at once.
 */
@ApplicationScoped
@Startup // unusable delegation keys stop the service at startup, not at the first interview
public class InterviewHandOver {

    /** What feedback-service made of it. */
    public sealed interface Outcome {
    }

    /** Stored (or, for the same nonce, stored before). */
    public record Logged() implements Outcome {
    }

    /** Refused for bad input: the fields feedback-service named, with why. */
    public record Refused(int status, Map<String, String> fieldErrors) implements Outcome {
    }

    /** Not reached, too slow, or failing: nothing was stored. */
    public record Unavailable() implements Outcome {
    }

    private static final Logger LOG = Logger.getLogger(InterviewHandOver.class);

    private final FeedbackInterviews feedback;
    private final ObjectMapper mapper;
    private final SignedLinks tokens;

    InterviewHandOver(@RestClient FeedbackInterviews feedback, ObjectMapper mapper, InterviewDelegationConfig config) {
        this.feedback = feedback;
        this.mapper = mapper;
        this.tokens = new SignedLinks(config.signing(), "practiceloop.interview-delegation.signing",
                config.tokenTtl(), Clock.systemUTC());
    }

    /** {@code nonce}: the rendered form's, sent as the Idempotency-Key, so a double submit stores one interview. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Outcome log(String organizationId, String candidateId, String nonce, EnteredInterview interview) {
        try (Response response = feedback.log(tokens.issue(organizationId, DelegatedInterview.subject(candidateId)),
                nonce, candidateId, interview)) {
            int status = response.getStatus();
            if (status == 201 || status == 200) {
                return new Logged();
            }
            if ((status == 400 || status == 413) && response.hasEntity()) {
                return new Refused(status, fieldErrors(problem(response.readEntity(String.class))));
            }
            // Anything else (401, 403, 422, 5xx) is feedback's or this service's fault, never the candidate's.
            throw new IllegalStateException("feedback-service answered " + status + " to an interview hand-over");
        }
    }

    Outcome unavailable(String organizationId, String candidateId, String nonce, EnteredInterview interview,
            Throwable cause) {
        LOG.warnf("Interview not handed over (feedback-service): %s", cause.toString());
        return new Unavailable();
    }

    private Problem problem(String body) {
        try {
            return mapper.readValue(body, Problem.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // not feedback's problem+json: treated as unavailable
        }
    }

    private static Map<String, String> fieldErrors(Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem.errors() != null) {
            problem.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
        }
        if (errors.isEmpty()) {
            errors.put("form", problem.detail());
        }
        return errors;
    }
}
