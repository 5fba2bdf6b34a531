package org.practiceloop.notification.service;

import java.util.Locale;
import org.practiceloop.common.link.SignedLinks;

/**
 * Whom an unsubscribe link is for: a candidate (their plan emails) or a partner's address (the
 * emails about their evaluations). Both are signed with the unsubscribe keys and open the same
 * page; a partner's subject starts with {@link #PARTNER}, which no candidate id can, since
 * feedback-service refuses control characters in ids.
 */
public sealed interface Subscriber {

    String PARTNER = "\u001fpartner\u001f";

    String organizationId();

    /** The subject of the signed link. */
    String subjectId();

    record Candidate(String organizationId, String candidateId) implements Subscriber {

        @Override
        public String subjectId() {
            return candidateId;
        }
    }

    /** Per organisation and address, in lower case: a partner is known by the email they gave. */
    record Partner(String organizationId, String email) implements Subscriber {

        public Partner {
            email = email.toLowerCase(Locale.ROOT);
        }

        @Override
        public String subjectId() {
            return PARTNER + email;
        }
    }

    static Subscriber of(SignedLinks.Subject subject) {
        return subject.subjectId().startsWith(PARTNER)
                ? new Partner(subject.organizationId(), subject.subjectId().substring(PARTNER.length()))
                : new Candidate(subject.organizationId(), subject.subjectId());
    }
}
