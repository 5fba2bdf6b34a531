package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ForbiddenException;
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
import org.practiceloop.common.auth.DelegatedFocusAreas;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/candidates/{candidateId}/focus-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class FocusAreasResource {

    private final ActionPlanService plans;
    private final CurrentCaller caller;

    FocusAreasResource(ActionPlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    // feedback-service reads them for its partners with a delegated token naming the candidate.
    @RolesAllowed({Roles.PLANS_READ, DelegatedFocusAreas.ROLE})
    @GET
    @Operation(summary = "What the next partner should check: the current plan's focus areas",
            description = "Each focus area's theme and title, what to look for in the session, and its re-check date. "
                    + "An evaluation's focusChecks name these themes.")
    @APIResponse(responseCode = "404", description = "No plan for this candidate in your organisation")
    public FocusAreasResponse focusAreas(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        if (!caller.mayActFor(candidateId)) {
            throw new ForbiddenException("The token is for another candidate");
        }
        return plans.latest(caller.organizationId(), candidateId)
                .map(FocusAreasResponse::of)
                .orElseThrow(() -> new NotFoundException("No action plan for this candidate"));
    }
}
