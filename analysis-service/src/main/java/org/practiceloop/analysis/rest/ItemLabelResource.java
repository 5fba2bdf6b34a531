package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.service.LabelCorrections;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;

/** A coaching platform corrects the label of one of its candidates' feedback items, or undoes that. */
@Path("/api/v1/items/{itemId}/label")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections")
@RolesAllowed(Roles.LABELS_WRITE)
public class ItemLabelResource {

    private final LabelCorrections corrections;
    private final CurrentCaller caller;

    ItemLabelResource(LabelCorrections corrections, CurrentCaller caller) {
        this.corrections = corrections;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an item's label",
            description = "Applied at once: the candidate's themes are recomputed and a new plan version is made (and "
                    + "emailed under the usual pacing) if the plan changed. The organisation's new items close to this "
                    + "one take the corrected label from now on (source: correction).")
    @APIResponse(responseCode = "200", description = "The correction, as kept")
    @APIResponse(responseCode = "400", description = "Unknown label, reason or theme; the problem names the allowed values")
    @APIResponse(responseCode = "404", description = "No such item in the organisation")
    public CorrectionResponse correct(@PathParam("itemId") UUID itemId, @NotNull @Valid LabelRequest request) {
        return corrections.correct(caller.organizationId(), itemId, request.toNewLabel(), "key:" + caller.keyId())
                .map(CorrectionResponse::of)
                .orElseThrow(() -> new NotFoundException("No item " + itemId));
    }

    @DELETE
    @Operation(summary = "Undo the item's corrections: it gets back the label it had before them")
    @APIResponse(responseCode = "204", description = "Undone; the plan recomputed")
    @APIResponse(responseCode = "404", description = "No such item in the organisation, or no correction of it to undo")
    public void undo(@PathParam("itemId") UUID itemId) {
        corrections.undo(caller.organizationId(), itemId, "key:" + caller.keyId())
                .orElseThrow(() -> new NotFoundException("No correction of item " + itemId + " to undo"));
    }
}
