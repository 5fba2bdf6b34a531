package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.feedback.service.CandidateErasure;

@Path("/api/v1/candidates/{candidateId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateResource {

    public record ErasureResponse(String candidateId, int evaluationsErased, String status) {
    }

    private final CandidateErasure erasure;
    private final CurrentCaller caller;

    CandidateResource(CandidateErasure erasure, CurrentCaller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @DELETE
    @RolesAllowed(Roles.EVALUATIONS_WRITE)
    @Operation(summary = "Erase a candidate (GDPR): their evaluations here at once, their items, themes, plans, "
            + "emails and delivery logs in the other services as soon as they receive the erasure; idempotent")
    public Response erase(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        int erased = erasure.erase(caller.organizationId(), candidateId);
        return Response.accepted(new ErasureResponse(candidateId, erased, "erasing")).build();
    }
}
