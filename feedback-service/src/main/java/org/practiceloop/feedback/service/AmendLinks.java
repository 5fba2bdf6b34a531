package org.practiceloop.feedback.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;
import org.practiceloop.feedback.config.FeedbackConfig;

/**
 * The partner's amend links: common {@link SignedLinks} tokens naming (organisation, evaluation),
 * expiring at the evaluation's amendableUntil. notification-service issues them in its email to
 * the partner; this service only verifies them, with the same keys.
 */
@ApplicationScoped
@Startup // unusable keys stop the service at startup, not at the first partner's click
public class AmendLinks {

    private final SignedLinks signing;
    private final CurrentTenant tenant;

    AmendLinks(FeedbackConfig config, CurrentTenant tenant) {
        // The ttl is only for issuing, which this service never does: links carry their own expiry.
        this.signing = new SignedLinks(config.amend().signing(), "practiceloop.amend.signing", config.amend().window(),
                Clock.systemUTC());
        this.tenant = tenant;
    }

    /**
     * The organisation of a genuine, unexpired token for this very evaluation, which becomes the
     * request's tenant (the amend page takes no API key); empty for anything else.
     */
    public Optional<String> organizationOf(String token, UUID evaluationId) {
        return signing.verify(token).filter(subject -> subject.subjectId().equals(evaluationId.toString()))
                .map(subject -> {
                    tenant.set(subject.organizationId());
                    return subject.organizationId();
                });
    }
}
