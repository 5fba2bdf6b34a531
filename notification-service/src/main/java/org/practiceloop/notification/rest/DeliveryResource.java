package org.practiceloop.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.notification.service.PlanEmailService;

@Path("/api/v1/candidates/{candidateId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@RolesAllowed(Roles.PLANS_READ)
public class DeliveryResource {

    private final PlanEmailService emails;
    private final CurrentCaller caller;

    DeliveryResource(PlanEmailService emails, CurrentCaller caller) {
        this.emails = emails;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The candidate's plan emails, newest version first")
    @APIResponse(responseCode = "404", description = "No plan email for this candidate in your organisation")
    public List<DeliveryResponse> deliveries(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        List<DeliveryResponse> deliveries = emails.deliveries(caller.organizationId(), candidateId).stream()
                .map(DeliveryResponse::of).toList();
        if (deliveries.isEmpty()) {
            throw ProblemException.of(Response.Status.NOT_FOUND, "No plan email for candidate " + candidateId + ".");
        }
        return deliveries;
    }
}
