package org.practiceloop.feedback.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.common.auth.DelegatedTokenMechanism;

/** Reads analysis-service's delegated interview token (the plan page's form) from {@value DelegatedInterview#HEADER}. */
@ApplicationScoped
public class DelegatedInterviewMechanism extends DelegatedTokenMechanism {

    DelegatedInterviewMechanism() {
        super(DelegatedInterview.HEADER);
    }
}
