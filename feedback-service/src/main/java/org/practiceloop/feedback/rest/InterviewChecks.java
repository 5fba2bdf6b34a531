package org.practiceloop.feedback.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.domain.InterviewOutcome;

/** What Bean Validation cannot say about a logged interview: its lengths (413) and a date that fits its outcome. */
final class InterviewChecks {

    static final int NAME_LIMIT = 200;
    static final int FEEDBACK_LIMIT = 10_000;

    private InterviewChecks() {
    }

    static void check(InterviewRequest request) {
        requireAtMost("company", request.company(), NAME_LIMIT);
        requireAtMost("role", request.role(), NAME_LIMIT);
        requireAtMost("feedback", request.feedback(), FEEDBACK_LIMIT);
        // A day's grace east of UTC: "today" where the candidate is may be tomorrow here.
        LocalDate latestPast = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        if (request.outcome() != InterviewOutcome.PENDING && request.interviewDate().isAfter(latestPast)) {
            throw ProblemException.invalidField("interviewDate",
                    "must not be in the future unless the outcome is pending");
        }
    }

    private static void requireAtMost(String field, String text, int limit) {
        if (text != null && text.length() > limit) {
            throw new ProblemException(new Problem("about:blank", "Content Too Large", 413,
                    field + " is longer than allowed.",
                    List.of(new Problem.FieldError(field, "must be at most " + limit + " characters"))));
        }
    }
}
