package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.client.Review;
import org.practiceloop.feedback.service.EvaluationReview;

@Path("/api/v1/evaluations/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class EvaluationReviewResource {

    private final EvaluationReview review;
    private final CurrentCaller caller;

    EvaluationReviewResource(EvaluationReview review, CurrentCaller caller) {
        this.review = review;
        this.caller = caller;
    }

    @RolesAllowed(Roles.EVALUATIONS_WRITE)
    @POST
    @Operation(summary = "Review an evaluation before submitting it",
            description = "The same body and checks as submitting; nothing is stored or published. Answers each "
                    + "feedback item the analysis will make of the evaluation: its label, the reason a "
                    + "non-actionable item is left out, the theme of a constructive one, whether the candidate "
                    + "will see it, and a suggestion for its writer; and a summary.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = Review.class)))
    @APIResponse(responseCode = "400", description = "Invalid evaluation; the problem names each bad field")
    @APIResponse(responseCode = "413", description = "The body is larger than allowed")
    @APIResponse(responseCode = "503", description = "analysis-service is unavailable or slow; retry after "
            + "Retry-After seconds. Submitting does not depend on the review")
    public Review review(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRequest.class),
                    examples = @ExampleObject(name = "A coding mock interview", value = EvaluationResource.EXAMPLE)))
            @NotNull @Valid EvaluationRequest request) {
        return review.review(caller.organizationId(), EvaluationMapper.toReviewedTexts(request))
                .orElseThrow(() -> ProblemException.of(Response.Status.SERVICE_UNAVAILABLE,
                                "The review is unavailable right now; submitting still works.")
                        .retryAfter(EvaluationReview.RETRY_AFTER_SECONDS));
    }
}
