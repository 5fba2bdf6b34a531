package org.practiceloop.common.auth;

import java.util.Optional;

/**
 * The credential feedback-service sends analysis-service when it reads one candidate's focus
 * areas for a partner (the form's second step, and the check of a submission's focus checks):
 * a review-channel token ({@link DelegatedReview#HEADER}, the same keys
 * {@code practiceloop.review.signing}: the same two services in the same direction) whose
 * subject names the candidate, so it grants {@link #ROLE} for that candidate only.
 * docs/decisions/2026-12-03-review-credentials.md says why.
 */
public final class DelegatedFocusAreas {

    public static final String ROLE = "focus-areas:delegated";
    private static final String SUBJECT_PREFIX = "focus-areas:";

    private DelegatedFocusAreas() {
    }

    /** The token's subject for reading this candidate's focus areas, and nothing else. */
    public static String subject(String candidateId) {
        return CandidateSubjects.subject(SUBJECT_PREFIX, candidateId);
    }

    /** The candidate a token's subject names, if it is a focus-areas token's. */
    public static Optional<String> candidateOf(String subject) {
        return CandidateSubjects.candidateOf(SUBJECT_PREFIX, subject);
    }
}
