package org.practiceloop.common.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Ends a request with a specific problem (409, 422, a bad header…) from anywhere in the call. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private Long retryAfterSeconds;

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

    /** Adds {@code Retry-After} to the answer (429, 503). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Response toResponse() {
        Response response = problem.toResponse();
        return retryAfterSeconds == null ? response
                : Response.fromResponse(response).header("Retry-After", retryAfterSeconds).build();
    }
}
