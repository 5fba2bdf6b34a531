package org.practiceloop.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/**
 * The email telling a partner which of their comments the candidate will not see, with the link to
 * amend. At most one per evaluation, whatever its revisions (unique per organisation and
 * evaluation). Its body quotes the partner's feedback on the candidate, so erasing the candidate
 * removes it.
 */
@Entity
@Table(name = "partner_email")
public class PartnerEmail extends OutgoingEmail {

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    /** The revision whose analysis it reports. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Override
    public String messageId() {
        return "<partner-" + id + "@practiceloop>";
    }

    public static Optional<PartnerEmail> forEvaluation(String organizationId, UUID evaluationId) {
        return find("organizationId = ?1 and evaluationId = ?2", organizationId, evaluationId).firstResultOptional();
    }
}
