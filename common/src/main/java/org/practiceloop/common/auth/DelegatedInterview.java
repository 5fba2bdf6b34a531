package org.practiceloop.common.auth;

import java.util.Optional;

/**
 * The credential analysis-service sends feedback-service when a candidate logs a real interview
 * from their plan page (signed link, no API key): a signed token ({@code SignedLinks}, keys
 * {@code practiceloop.interview-delegation.signing} on both sides) naming the organisation and,
 * in its subject, the candidate, valid for seconds, in the {@link #HEADER} header. It grants only
 * {@link #ROLE}, which only logging an interview of that very candidate accepts.
 * docs/decisions/2026-12-03-review-credentials.md says why.
 */
public final class DelegatedInterview {

    public static final String HEADER = "X-Interview-Delegation";
    public static final String ROLE = "interview:delegated";
    private static final String SUBJECT_PREFIX = "interview:";

    private DelegatedInterview() {
    }

    /** The token's subject for logging an interview of this candidate, and nothing else. */
    public static String subject(String candidateId) {
        return CandidateSubjects.subject(SUBJECT_PREFIX, candidateId);
    }

    /** The candidate a token's subject names, if it is an interview token's. */
    public static Optional<String> candidateOf(String subject) {
        return CandidateSubjects.candidateOf(SUBJECT_PREFIX, subject);
    }
}
