package org.practiceloop.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.feedback.config.FeedbackConfig;

/** Amend links as notification-service issues them (it holds the same keys); this service only verifies them. */
final class AmendTokens {

    private AmendTokens() {
    }

    static String issue(FeedbackConfig config, String organizationId, UUID evaluationId, Instant expiry) {
        return new SignedLinks(config.amend().signing(), "practiceloop.amend.signing", config.amend().window(),
                Clock.systemUTC()).issue(organizationId, evaluationId.toString(), expiry);
    }
}
