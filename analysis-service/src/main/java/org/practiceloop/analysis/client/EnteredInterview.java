package org.practiceloop.analysis.client;

/**
 * A real interview as the candidate entered it on the plan page, and as feedback-service's
 * {@code POST /api/v1/candidates/{candidateId}/interviews} takes it. Passed on as entered (blank
 * fields as null): feedback-service checks it and names the bad fields, so the two services
 * cannot disagree about what is valid.
 */
public record EnteredInterview(String company, String role, String stage, String interviewDate, String outcome,
        String feedback) {

    public static EnteredInterview entered(String company, String role, String stage, String interviewDate,
            String outcome, String feedback) {
        return new EnteredInterview(blankToNull(company), blankToNull(role), blankToNull(stage),
                blankToNull(interviewDate), blankToNull(outcome), blankToNull(feedback));
    }

    /** Nothing entered yet: the empty form. */
    public static EnteredInterview none() {
        return new EnteredInterview(null, null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
