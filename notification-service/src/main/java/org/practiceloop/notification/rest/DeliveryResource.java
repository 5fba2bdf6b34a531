package org.practiceloop.notification.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.service.PlanEmailService;

@Path("/api/v1/candidates/{candidateId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
public class DeliveryResource {

    private final PlanEmailService emails;
    private final NotificationConfig config;

    DeliveryResource(PlanEmailService emails, NotificationConfig config) {
        this.emails = emails;
        this.config = config;
    }

    @GET
    @Operation(summary = "The candidate's plan emails, newest version first")
    public List<DeliveryResponse> deliveries(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        return emails.deliveries(config.defaultOrganization(), candidateId).stream().map(DeliveryResponse::of).toList();
    }
}
