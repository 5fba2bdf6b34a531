package org.practiceloop.feedback.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.feedback.client.AnalysisReviews;
import org.practiceloop.feedback.client.Review;
import org.practiceloop.feedback.client.ReviewedTexts;
import org.practiceloop.feedback.config.FeedbackConfig;

/**
 * Asks analysis-service what it will make of an evaluation, for the organisation the caller acts
 * for (a key's or a form link's), with a delegated token. Empty when analysis is down, slow or
 * refuses: the review is advice, and nothing else waits on it. After repeated failures the
 * circuit opens and callers get their answer at once instead of waiting for the timeout.
 */
@ApplicationScoped
@Startup // unusable review keys stop the service at startup, not at the first review
public class EvaluationReview {

    /** How long the circuit stays open, and so when a client may try again. */
    public static final long RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(EvaluationReview.class);

    private final AnalysisReviews analysis;
    private final SignedLinks tokens;

    EvaluationReview(@RestClient AnalysisReviews analysis, FeedbackConfig config) {
        this.analysis = analysis;
        this.tokens = new SignedLinks(config.review().signing(), "practiceloop.review.signing",
                config.review().tokenTtl(), Clock.systemUTC());
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<Review> review(String organizationId, ReviewedTexts texts) {
        return Optional.of(analysis.review(tokens.issue(organizationId, DelegatedReview.SUBJECT), texts));
    }

    Optional<Review> unavailable(String organizationId, ReviewedTexts texts, Throwable cause) {
        LOG.warnf("Review unavailable (analysis-service): %s", cause.toString());
        return Optional.empty();
    }
}
