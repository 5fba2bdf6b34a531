package org.practiceloop.feedback.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.feedback.config.FeedbackConfig;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationService;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class EvaluationResource {

    private final EvaluationService service;
    private final FeedbackConfig config;

    EvaluationResource(EvaluationService service, FeedbackConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Operation(summary = "Submit an evaluation of a mock interview")
    @APIResponse(responseCode = "201", description = "Accepted, stored, and queued for analysis")
    @APIResponse(responseCode = "400", description = "Invalid evaluation; the problem names each bad field")
    public Response submit(@NotNull @Valid EvaluationRequest request, UriInfo uriInfo) {
        Evaluation evaluation = service.submit(EvaluationMapper.toEntity(request, config.defaultOrganization()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(evaluation.id.toString()).build())
                .entity(EvaluationResponse.of(evaluation))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one evaluation")
    @APIResponse(responseCode = "404", description = "No such evaluation in your organisation")
    public EvaluationResponse get(@PathParam("id") UUID id) {
        return service.find(config.defaultOrganization(), id)
                .map(EvaluationResponse::of)
                .orElseThrow(() -> new NotFoundException("No evaluation " + id));
    }
}
