package org.practiceloop.analysis.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.auth.DelegatedTokenMechanism;

/** Reads feedback-service's delegated review token from {@value DelegatedReview#HEADER}. */
@ApplicationScoped
public class DelegatedReviewMechanism extends DelegatedTokenMechanism {

    DelegatedReviewMechanism() {
        super(DelegatedReview.HEADER);
    }
}
