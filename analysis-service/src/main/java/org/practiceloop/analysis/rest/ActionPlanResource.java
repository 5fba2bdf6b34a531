package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.service.ActionPlanService;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/candidates/{candidateId}/action-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
@RolesAllowed(Roles.PLANS_READ)
public class ActionPlanResource {

    private final ActionPlanService plans;
    private final CurrentCaller caller;

    ActionPlanResource(ActionPlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The candidate's latest action plan")
    @APIResponse(responseCode = "404", description = "No plan yet for this candidate")
    public ActionPlanResponse latest(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        return plans.latest(caller.organizationId(), candidateId)
                .map(ActionPlanResponse::of)
                .orElseThrow(() -> new NotFoundException("No action plan for candidate " + candidateId));
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One version of the candidate's action plan (versions start at 1)")
    @APIResponse(responseCode = "404", description = "No such version for this candidate")
    public ActionPlanResponse version(@PathParam("candidateId") @Size(max = 100) String candidateId,
            @PathParam("version") @Min(1) int version) {
        return plans.version(caller.organizationId(), candidateId, version)
                .map(ActionPlanResponse::of)
                .orElseThrow(() -> new NotFoundException(
                        "No version " + version + " of the action plan for candidate " + candidateId));
    }
}
