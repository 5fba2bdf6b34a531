package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.service.EvaluationService;

@Path("/api/v1/candidates/{candidateId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@RolesAllowed(Roles.EVALUATIONS_READ)
public class CandidateEvaluationResource {

    private final EvaluationListing listing;
    private final CurrentCaller caller;
    private final EvaluationService service;

    CandidateEvaluationResource(EvaluationListing listing, CurrentCaller caller, EvaluationService service) {
        this.listing = listing;
        this.caller = caller;
        this.service = service;
    }

    @GET
    @Operation(summary = "A candidate's evaluations, newest submission first")
    @APIResponse(responseCode = "404", description = "No evaluation of this candidate in your organisation")
    public EvaluationPageResponse list(@PathParam("candidateId") @Size(max = 100) String candidateId,
            @Parameter(description = "Earliest session date, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Latest session date, YYYY-MM-DD") @QueryParam("to") String to,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") String limit) {
        if (!service.hasCandidate(caller.organizationId(), candidateId)) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "No evaluation of candidate " + candidateId + ".");
        }
        return listing.list(caller.organizationId(), candidateId, from, to, cursor, limit);
    }
}
