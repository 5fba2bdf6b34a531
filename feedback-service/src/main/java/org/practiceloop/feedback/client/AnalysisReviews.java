package org.practiceloop.feedback.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.practiceloop.common.auth.DelegatedReview;

/** analysis-service's public review operation ({@code quarkus.rest-client.analysis.url}). */
@RegisterRestClient(configKey = "analysis")
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AnalysisReviews {

    @POST
    Review review(@HeaderParam(DelegatedReview.HEADER) String delegatedToken, ReviewedTexts texts);
}
