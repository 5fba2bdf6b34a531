package org.practiceloop.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;
import org.practiceloop.feedback.config.FeedbackConfig;
import org.practiceloop.feedback.domain.FormLink;

/**
 * Links to the partner form, one per interviewer or group: signed (the organisation and the
 * link's id, with an expiry), and checked against the stored link on every use, so revoking
 * takes effect at once. Whatever is submitted through a link belongs to its organisation.
 */
@ApplicationScoped
@Transactional
public class FormLinks {

    public record IssuedLink(FormLink link, String url) {
    }

    private final SignedLinks signing;
    private final FeedbackConfig.Form config;
    private final CurrentTenant tenant;

    FormLinks(SignedLinks signing, FeedbackConfig config, CurrentTenant tenant) {
        this.signing = signing;
        this.config = config.form();
        this.tenant = tenant;
    }

    public IssuedLink create(String organizationId, String label, Duration validFor) {
        FormLink link = new FormLink();
        link.id = UUID.randomUUID();
        link.organizationId = organizationId;
        link.label = label;
        link.createdAt = Instant.now();
        link.expiresAt = link.createdAt.plus(validFor.compareTo(config.maxValidity()) > 0 ? config.maxValidity() : validFor);
        link.persist();
        return new IssuedLink(link, url(link));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FormLink> list(String organizationId) {
        return FormLink.listOfOrganization(organizationId);
    }

    public Optional<FormLink> revoke(String organizationId, UUID id) {
        return FormLink.ofOrganization(organizationId, id).map(link -> {
            if (link.revokedAt == null) {
                link.revokedAt = Instant.now();
            }
            return link;
        });
    }

    /**
     * The organisation a form token files submissions under, if the token is genuine and its link
     * still usable. A genuine token makes its organisation the request's tenant (the form pages
     * have no API key), so the link itself is looked up within that organisation only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> organizationOf(String token) {
        return tenant.enter(signing, token).flatMap(subject -> {
            UUID id;
            try {
                id = UUID.fromString(subject.subjectId());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return FormLink.ofOrganization(subject.organizationId(), id)
                    .filter(link -> link.usable(Instant.now()))
                    .map(link -> link.organizationId);
        });
    }

    public String url(FormLink link) {
        return config.publicUrl().replaceAll("/+$", "") + "/form?link="
                + signing.issue(link.organizationId, link.id.toString(), link.expiresAt);
    }
}
