package org.practiceloop.feedback.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.practiceloop.common.auth.DelegatedFocusAreas;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.feedback.config.FeedbackConfig;

/**
 * The short-lived tokens with which this service asks analysis-service for an organisation it has
 * authenticated (keys {@code practiceloop.review.signing}): a review, or one candidate's focus areas.
 * docs/decisions/2026-12-03-review-credentials.md says why never the caller's key.
 */
@ApplicationScoped
@Startup // unusable review keys stop the service at startup, not at the first call
public class AnalysisTokens {

    private final SignedLinks tokens;

    AnalysisTokens(FeedbackConfig config) {
        this.tokens = new SignedLinks(config.review().signing(), "practiceloop.review.signing",
                config.review().tokenTtl(), Clock.systemUTC());
    }

    String review(String organizationId) {
        return tokens.issue(organizationId, DelegatedReview.SUBJECT);
    }

    String focusAreas(String organizationId, String candidateId) {
        return tokens.issue(organizationId, DelegatedFocusAreas.subject(candidateId));
    }
}
