package org.practiceloop.feedback.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.practiceloop.common.auth.DelegatedReview;

/** analysis-service's focus areas of one candidate ({@code quarkus.rest-client.analysis.url}). */
@RegisterRestClient(configKey = "analysis")
@Path("/api/v1/candidates/{candidateId}/focus-areas")
@Produces(MediaType.APPLICATION_JSON)
public interface AnalysisFocusAreas {

    @GET
    FocusAreas focusAreas(@HeaderParam(DelegatedReview.HEADER) String delegatedToken,
            @PathParam("candidateId") String candidateId);
}
