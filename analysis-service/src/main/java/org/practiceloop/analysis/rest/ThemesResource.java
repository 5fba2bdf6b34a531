package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.practiceloop.analysis.service.ThemeAggregator;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/candidates/{candidateId}/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
@RolesAllowed(Roles.PLANS_READ)
public class ThemesResource {

    private final ThemeAggregator themes;
    private final CurrentCaller caller;

    ThemesResource(ThemeAggregator themes, CurrentCaller caller) {
        this.themes = themes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The candidate's themes across sessions: recurring first, then single, then resolved",
            description = "Each theme lists the sessions and distinct partners that raised it, first and last seen, "
                    + "the constructive evidence (newest first) and the related competency ratings in session order.")
    @APIResponse(responseCode = "404", description = "No analysed evaluation for this candidate")
    public CandidateThemesResponse themes(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        return themes.forCandidate(caller.organizationId(), candidateId)
                .map(list -> new CandidateThemesResponse(candidateId, list))
                .orElseThrow(() -> new NotFoundException("No analysed evaluation for candidate " + candidateId));
    }
}
