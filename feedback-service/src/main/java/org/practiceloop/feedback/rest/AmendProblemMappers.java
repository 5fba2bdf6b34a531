package org.practiceloop.feedback.rest;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.feedback.service.AmendWindowClosedException;
import org.practiceloop.feedback.service.CandidateChangedException;

/** The API's answers to an amendment the service refused. */
public class AmendProblemMappers {

    static final String WINDOW_CLOSED = "urn:practiceloop:problem:amend-window-closed";

    /** RFC 9457 with the deadline as an extension member, so a client need not parse the detail. */
    public record WindowClosedProblem(String type, String title, int status, String detail, Instant amendableUntil) {
    }

    @ServerExceptionMapper
    public Response windowClosed(AmendWindowClosedException e) {
        return Response.status(Response.Status.CONFLICT).type(Problem.PROBLEM_JSON)
                .entity(new WindowClosedProblem(WINDOW_CLOSED, "Amendment window closed", 409,
                        detail(e.amendableUntil()), e.amendableUntil()))
                .build();
    }

    @ServerExceptionMapper
    public Response candidateChanged(CandidateChangedException e) {
        return Problem.invalidFields("The request has 1 invalid field(s).",
                List.of(new Problem.FieldError("candidate.id", e.getMessage()))).toResponse();
    }

    static String detail(Instant amendableUntil) {
        return "This evaluation could be amended until " + amendableUntil + "; that deadline has passed.";
    }
}
