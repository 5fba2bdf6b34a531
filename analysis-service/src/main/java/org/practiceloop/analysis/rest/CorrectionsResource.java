package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.service.LabelCorrections;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/candidates/{candidateId}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections")
@RolesAllowed(Roles.PLANS_READ)
public class CorrectionsResource {

    public record CorrectionsResponse(String candidateId, List<CorrectionResponse> corrections) {
    }

    private final LabelCorrections corrections;
    private final CurrentCaller caller;

    CorrectionsResource(LabelCorrections corrections, CurrentCaller caller) {
        this.corrections = corrections;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every correction of the candidate's item labels, oldest first, undone ones included",
            description = "Who made each (the candidate or an API key), when, the label before and after, and the "
                    + "model that made the original label. A candidate without corrections has an empty list.")
    public CorrectionsResponse list(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        return new CorrectionsResponse(candidateId, corrections.ofCandidate(caller.organizationId(), candidateId)
                .stream().map(CorrectionResponse::of).toList());
    }
}
