package org.practiceloop.notification.service;

import java.time.Instant;

/** Lets tests mint a token with a chosen expiry (an expired one), which the service never does. */
public final class UnsubscribeTokensAccess {

    private UnsubscribeTokensAccess() {
    }

    public static String issue(UnsubscribeTokens tokens, String organizationId, String candidateId, Instant expiry) {
        return tokens.issue(organizationId, candidateId, expiry);
    }
}
