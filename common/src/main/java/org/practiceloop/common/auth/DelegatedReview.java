package org.practiceloop.common.auth;

/**
 * The credential feedback-service sends analysis-service when it asks for a review on behalf of
 * an organisation whose caller brought no API key there (a partner on a signed form link): a
 * signed token ({@code SignedLinks}, keys {@code practiceloop.review.signing} on both sides)
 * naming the organisation and {@link #SUBJECT}, valid for seconds, in the {@link #HEADER} header.
 * It grants only {@link #ROLE}, which only the review operation accepts.
 * docs/decisions/2026-12-03-review-credentials.md says why.
 */
public final class DelegatedReview {

    public static final String HEADER = "X-Review-Delegation";
    /** The token's subject: it is good for a review and for nothing else. */
    public static final String SUBJECT = "review";
    public static final String ROLE = "review:delegated";

    private DelegatedReview() {
    }
}
