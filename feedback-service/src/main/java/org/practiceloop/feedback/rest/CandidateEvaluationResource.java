package org.practiceloop.feedback.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.feedback.config.FeedbackConfig;

@Path("/api/v1/candidates/{candidateId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class CandidateEvaluationResource {

    private final EvaluationListing listing;
    private final FeedbackConfig config;

    CandidateEvaluationResource(EvaluationListing listing, FeedbackConfig config) {
        this.listing = listing;
        this.config = config;
    }

    @GET
    @Operation(summary = "A candidate's evaluations, newest submission first")
    public EvaluationPageResponse list(@PathParam("candidateId") @Size(max = 100) String candidateId,
            @Parameter(description = "Earliest session date, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Latest session date, YYYY-MM-DD") @QueryParam("to") String to,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") String limit) {
        return listing.list(config.defaultOrganization(), candidateId, from, to, cursor, limit);
    }
}
