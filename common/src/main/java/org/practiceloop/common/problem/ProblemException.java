package org.practiceloop.common.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Ends a request with a specific problem (409, 422, a bad header…) from anywhere in the call. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException of(Response.Status status, String detail) {
        return new ProblemException(Problem.of(status, detail));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalidFields("The request has 1 invalid field(s).",
                List.of(new Problem.FieldError(field, message))));
    }

    public Problem problem() {
        return problem;
    }
}
