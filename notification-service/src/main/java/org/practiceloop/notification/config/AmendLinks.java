package org.practiceloop.notification.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.practiceloop.common.link.SignedLinks;

/**
 * The signed link in the partner's email to feedback-service's amend page: subject (organisation,
 * evaluation), expiring when the evaluation stops being amendable. Not a {@link SignedLinks} bean
 * of its own, so the unsubscribe links stay the only one injected.
 */
@ApplicationScoped
@Startup // unusable keys stop the service at startup, not at the first partner email
public class AmendLinks {

    private final SignedLinks links;
    private final String publicUrl;

    AmendLinks(NotificationConfig config) {
        // No default lifetime: every amend link expires at its evaluation's amendableUntil.
        this.links = new SignedLinks(config.amend().signing(), "practiceloop.amend.signing", Duration.ZERO,
                Clock.systemUTC());
        this.publicUrl = config.amend().publicUrl().replaceAll("/+$", "");
    }

    public String url(String organizationId, UUID evaluationId, Instant amendableUntil) {
        return publicUrl + "/evaluations/" + evaluationId + "/amend?token="
                + links.issue(organizationId, evaluationId.toString(), amendableUntil);
    }
}
