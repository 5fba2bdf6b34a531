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
import org.practiceloop.analysis.service.FeedbackQuality;
import org.practiceloop.analysis.service.InterviewerQuality;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/interviewers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
@RolesAllowed(Roles.PLANS_READ)
public class InterviewersResource {

    private final InterviewerQuality quality;
    private final CurrentCaller caller;

    InterviewersResource(InterviewerQuality quality, CurrentCaller caller) {
        this.quality = quality;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The organisation's interviewers, with their analysed evaluations",
            description = "Interviewers as the evaluations name them (interviewer.id), each with the number of "
                    + "analysed evaluations and the date of the latest session, ordered by id.")
    public InterviewersResponse interviewers() {
        return new InterviewersResponse(quality.interviewers(caller.organizationId()));
    }

    @GET
    @Path("/{id}/feedback-quality")
    @Operation(summary = "How much of an interviewer's feedback reaches candidates, and how they rate",
            description = "Evaluations, items, items shown to candidates and their share, items shielded by reason, "
                    + "in total and by month of the session; and calibration: per interview type and competency the "
                    + "interviewer's mean rating against the organisation's, with the evaluations behind each.")
    @APIResponse(responseCode = "404", description = "No analysed evaluation of this interviewer in the organisation")
    public FeedbackQuality feedbackQuality(@PathParam("id") @Size(max = 100) String id) {
        return quality.of(caller.organizationId(), id)
                .orElseThrow(() -> new NotFoundException("No analysed evaluation by this interviewer in the organisation"));
    }
}
