package org.practiceloop.analysis.auth;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.practiceloop.analysis.config.ReviewConfig;
import org.practiceloop.common.auth.DelegatedFocusAreas;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.auth.DelegatedTokenIdentityProvider;
import org.practiceloop.common.link.SignedLinks;

/**
 * A genuine, unexpired token from feedback-service becomes an identity of the token's
 * organisation with no scope and a single role: {@link DelegatedReview#ROLE} for a review token
 * (it opens the review and nothing else), {@link DelegatedFocusAreas#ROLE} with its candidate for
 * a focus-areas token (it opens that candidate's focus areas and nothing else).
 */
@Singleton // no client proxy: its superclass has no constructor without parameters
public class DelegatedReviewIdentityProvider extends DelegatedTokenIdentityProvider {

    DelegatedReviewIdentityProvider(ReviewConfig config) {
        // Only verifies: the tokens carry their own expiry, so the lifetime given here is never used.
        super(new SignedLinks(config.signing(), "practiceloop.review.signing", Duration.ZERO, Clock.systemUTC()),
                subject -> DelegatedReview.SUBJECT.equals(subject) ? Optional.of(new Grant(DelegatedReview.ROLE, ""))
                        : DelegatedFocusAreas.candidateOf(subject).map(c -> new Grant(DelegatedFocusAreas.ROLE, c)));
    }
}
