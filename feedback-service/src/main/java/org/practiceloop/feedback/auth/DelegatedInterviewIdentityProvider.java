package org.practiceloop.feedback.auth;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.common.auth.DelegatedTokenIdentityProvider;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.feedback.config.FeedbackConfig;

/**
 * A genuine, unexpired interview token becomes an identity of the token's organisation with the
 * single role {@link DelegatedInterview#ROLE}, no scope, and the token's candidate: it opens
 * logging an interview of that candidate and nothing else.
 */
@Singleton // no client proxy: its superclass has no constructor without parameters
public class DelegatedInterviewIdentityProvider extends DelegatedTokenIdentityProvider {

    DelegatedInterviewIdentityProvider(FeedbackConfig config) {
        // Only verifies: the tokens carry their own expiry, so the lifetime given here is never used.
        super(new SignedLinks(config.interviewDelegation().signing(), "practiceloop.interview-delegation.signing",
                Duration.ZERO, Clock.systemUTC()), DelegatedInterview.ROLE, DelegatedInterview::candidateOf);
    }
}
