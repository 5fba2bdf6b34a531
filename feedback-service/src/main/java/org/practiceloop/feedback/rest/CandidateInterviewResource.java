package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.domain.Interview;
import org.practiceloop.feedback.service.InterviewService;

/**
 * Real interviews a candidate took, logged by a platform on their behalf, or by the candidate on
 * their plan page (analysis-service hands those over with a delegated token for that one candidate).
 */
@Path("/api/v1/candidates/{candidateId}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
public class CandidateInterviewResource {

    private static final String IDEMPOTENCY_KEY = IdempotentCreation.IDEMPOTENCY_KEY;

    /** The path's candidate and the body together are the request an Idempotency-Key stands for. */
    record Fingerprinted(String candidateId, InterviewRequest interview) {
    }

    private final InterviewService service;
    private final IdempotentCreation creation;
    private final CurrentCaller caller;

    CandidateInterviewResource(InterviewService service, IdempotentCreation creation, CurrentCaller caller) {
        this.service = service;
        this.creation = creation;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATIONS_WRITE, DelegatedInterview.ROLE})
    @Operation(summary = "Log a real interview and the feedback the company gave",
            description = "Analysed like a mock interview's feedback: its constructive items join the candidate's "
                    + "themes (marked as raised by a company), reasons outside the candidate's control are left aside. "
                    + "With an Idempotency-Key, a retry returns the first answer.")
    @APIResponse(responseCode = "201", description = "Stored, and queued for analysis")
    @APIResponse(responseCode = "400", description = "A bad field, named: stage or outcome outside the allowed values, "
            + "a future date for an outcome other than pending")
    @APIResponse(responseCode = "403", description = "A delegated token (the plan page's) for another candidate")
    @APIResponse(responseCode = "413", description = "A text longer than its limit, named")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used with a different request")
    public Response log(@PathParam("candidateId") @Size(max = 100)
            @Pattern(regexp = "\\P{Cntrl}+", message = "must not contain control characters") String candidateId,
            @NotNull @Valid InterviewRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY,
                    description = "A unique key per logical request (a UUID), kept 24 hours")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            UriInfo uriInfo) {
        if (!caller.mayActFor(candidateId)) {
            throw ProblemException.of(Response.Status.FORBIDDEN, "This token is for another candidate.");
        }
        InterviewChecks.check(request);
        Interview interview = toEntity(candidateId, request);
        return creation.create(caller.organizationId(), idempotencyKey, new Fingerprinted(candidateId, request),
                () -> service.log(interview),
                new IdempotentCreation.Created<>(InterviewResponse::of, i -> location(uriInfo, i)));
    }

    @GET
    @RolesAllowed(Roles.EVALUATIONS_READ)
    @Operation(summary = "The candidate's logged interviews, most recent first")
    public List<InterviewResponse> list(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        return service.ofCandidate(caller.organizationId(), candidateId).stream().map(InterviewResponse::of).toList();
    }

    @DELETE
    @Path("/{interviewId}")
    @RolesAllowed(Roles.EVALUATIONS_WRITE)
    @Operation(summary = "Delete a logged interview; what analysis derived from it goes too")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "The candidate has no such interview in your organisation")
    public Response delete(@PathParam("candidateId") @Size(max = 100) String candidateId,
            @PathParam("interviewId") UUID interviewId) {
        if (!service.delete(caller.organizationId(), candidateId, interviewId)) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "No interview " + interviewId + " of this candidate.");
        }
        return Response.noContent().build();
    }

    private Interview toEntity(String candidateId, InterviewRequest request) {
        Interview interview = new Interview();
        interview.organizationId = caller.organizationId();
        interview.candidateId = candidateId;
        interview.company = blankToNull(request.company());
        interview.role = request.role().strip();
        interview.stage = request.stage();
        interview.interviewDate = request.interviewDate();
        interview.outcome = request.outcome();
        interview.feedback = blankToNull(request.feedback());
        return interview;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static URI location(UriInfo uriInfo, Interview interview) {
        return uriInfo.getBaseUriBuilder().path("api/v1/candidates").path(interview.candidateId)
                .path("interviews").path(interview.id.toString()).build();
    }
}
