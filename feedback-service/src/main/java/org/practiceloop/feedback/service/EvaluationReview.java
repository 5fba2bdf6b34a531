package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.practiceloop.feedback.client.AnalysisReviews;
import org.practiceloop.feedback.client.Review;
import org.practiceloop.feedback.client.ReviewedTexts;

/**
 * Asks analysis-service what it will make of an evaluation, for the organisation the caller acts
 * for (a key's or a form link's), with a delegated token. Empty when analysis is down, slow or
 * refuses: the review is advice, and nothing else waits on it. After repeated failures the
 * circuit opens and callers get their answer at once instead of waiting for the timeout.
 */
@ApplicationScoped
public class EvaluationReview {

    /** How long the circuit stays open, and so when a client may try again. */
    public static final long RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(EvaluationReview.class);

    private final AnalysisReviews analysis;
    private final AnalysisTokens tokens;

    EvaluationReview(@RestClient AnalysisReviews analysis, AnalysisTokens tokens) {
        this.analysis = analysis;
        this.tokens = tokens;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS,
            delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<Review> review(String organizationId, ReviewedTexts texts) {
        return Optional.of(analysis.review(tokens.review(organizationId), texts));
    }

    Optional<Review> unavailable(String organizationId, ReviewedTexts texts, Throwable cause) {
        LOG.warnf("Review unavailable (analysis-service): %s", cause.toString());
        return Optional.empty();
    }
}
