package org.practiceloop.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.notification.service.EmailPacing;

/** The candidate's email pacing, for platforms that manage it for their candidates. */
@Path("/api/v1/candidates/{candidateId}/email-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
public class EmailPreferenceResource {

    private final EmailPacing pacing;
    private final CurrentCaller caller;

    EmailPreferenceResource(EmailPacing pacing, CurrentCaller caller) {
        this.pacing = pacing;
        this.caller = caller;
    }

    @RolesAllowed(Roles.PLANS_READ)
    @GET
    @Operation(summary = "How often the candidate gets plan emails (no frequency: the default window)")
    public EmailPreference get(@PathParam("candidateId") @Size(max = 100) String candidateId) {
        return new EmailPreference(pacing.chosenFrequency(caller.organizationId(), candidateId).orElse(null));
    }

    @RolesAllowed(Roles.EVALUATIONS_WRITE)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose each_update, daily or weekly; an email waiting for the old window moves to the new one")
    public EmailPreference choose(@PathParam("candidateId") @Size(max = 100) String candidateId,
            @NotNull @Valid EmailPreference preference) {
        pacing.choose(caller.organizationId(), candidateId, preference.frequency());
        return preference;
    }
}
