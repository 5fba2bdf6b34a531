package org.practiceloop.analysis.auth;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.practiceloop.analysis.config.ReviewConfig;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.auth.DelegatedTokenIdentityProvider;
import org.practiceloop.common.link.SignedLinks;

/**
 * A genuine, unexpired review token becomes an identity of the token's organisation with the
 * single role {@link DelegatedReview#ROLE} and no scope: it opens the review and nothing else.
 */
@Singleton // no client proxy: its superclass has no constructor without parameters
public class DelegatedReviewIdentityProvider extends DelegatedTokenIdentityProvider {

    DelegatedReviewIdentityProvider(ReviewConfig config) {
        // Only verifies: the tokens carry their own expiry, so the lifetime given here is never used.
        super(new SignedLinks(config.signing(), "practiceloop.review.signing", Duration.ZERO, Clock.systemUTC()),
                DelegatedReview.ROLE,
                subject -> DelegatedReview.SUBJECT.equals(subject) ? Optional.of("") : Optional.empty());
    }
}
