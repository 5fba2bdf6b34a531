package org.practiceloop.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceloop.common.link.SignedLinks;

/** A partner's unsubscribe link and a candidate's share keys and page; their subjects never mix. */
class SubscriberTest {

    @Test
    void aPartnersSubjectReadsBackAsTheAddressInLowerCase() {
        Subscriber.Partner partner = new Subscriber.Partner("org-a", "Anna@Example.com");
        assertThat(Subscriber.of(new SignedLinks.Subject("org-a", partner.subjectId())))
                .isEqualTo(new Subscriber.Partner("org-a", "anna@example.com"));
    }

    @Test
    void aCandidateIdThatLooksLikeAPartnerStaysACandidate() {
        for (String candidateId : new String[] {"anna@example.com", "partner:anna@example.com", "partner anna@example.com"}) {
            assertThat(Subscriber.of(new SignedLinks.Subject("org-a", candidateId)))
                    .isEqualTo(new Subscriber.Candidate("org-a", candidateId));
        }
    }
}
