package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.domain.LabelledItem;
import org.practiceloop.analysis.service.EvaluationItems;
import org.practiceloop.analysis.service.ReviewSuggestions;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classification")
public class ReviewResource {

    private final EvaluationItems items;
    private final ReviewSuggestions suggestions;
    private final CurrentCaller caller;

    ReviewResource(EvaluationItems items, ReviewSuggestions suggestions, CurrentCaller caller) {
        this.items = items;
        this.suggestions = suggestions;
        this.caller = caller;
    }

    // feedback-service reviews its form's evaluations with a delegated token (DelegatedReview), API callers with their key.
    @RolesAllowed({Roles.EVALUATIONS_WRITE, DelegatedReview.ROLE})
    @POST
    @Operation(summary = "Review an evaluation's free text before it is submitted",
            description = "Splits and labels the text exactly as the analysis of a submitted evaluation does, and "
                    + "says for each item whether the candidate will see it, why not, and how to make it useful. "
                    + "Nothing is stored.")
    @APIResponse(responseCode = "200", description = "Each item, its label and a suggestion, and a summary")
    @APIResponse(responseCode = "400", description = "Invalid text; the problem names each bad field")
    public ReviewResponse review(@NotNull @Valid ReviewRequest request) {
        List<LabelledItem> labelled = items.of(caller.organizationId(), request.texts());
        return ReviewResponse.of(labelled, labelled.stream().map(suggestions::forItem).toList());
    }
}
