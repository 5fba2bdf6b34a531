package org.practiceloop.analysis.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.practiceloop.common.auth.DelegatedInterview;

/**
 * feedback-service's public operation for logging a real interview ({@code quarkus.rest-client.feedback.url}).
 * Answers the raw response (the default exception mapper is off): a refusal's problem is read, not thrown.
 */
@RegisterRestClient(configKey = "feedback")
@Path("/api/v1/candidates/{candidateId}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FeedbackInterviews {

    @POST
    Response log(@HeaderParam(DelegatedInterview.HEADER) String delegatedToken,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("candidateId") String candidateId,
            EnteredInterview interview);
}
