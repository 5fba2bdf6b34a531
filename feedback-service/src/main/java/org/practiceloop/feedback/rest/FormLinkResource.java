package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.domain.FormLink;
import org.practiceloop.feedback.service.FormLinks;

/** An organisation's links to the partner form, for its interviewers. */
@Path("/api/v1/form-links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner form")
@RolesAllowed(Roles.EVALUATIONS_WRITE)
public class FormLinkResource {

    @Schema(example = "{\"label\": \"Anna (volunteer interviewer)\", \"validDays\": 90}")
    public record FormLinkRequest(@NotBlank @Size(max = 200) String label, @Min(1) @Max(365) int validDays) {
    }

    public record FormLinkResponse(UUID id, String label, String url, Instant createdAt, Instant expiresAt,
            Instant revokedAt) {
        static FormLinkResponse of(FormLink link, String url) {
            return new FormLinkResponse(link.id, link.label, url, link.createdAt, link.expiresAt, link.revokedAt);
        }
    }

    private final FormLinks links;
    private final CurrentCaller caller;

    FormLinkResource(FormLinks links, CurrentCaller caller) {
        this.links = links;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a signed link to the form; what is submitted through it belongs to your organisation")
    public Response create(@NotNull @Valid FormLinkRequest request) {
        FormLinks.IssuedLink issued = links.create(caller.organizationId(), request.label(),
                Duration.ofDays(request.validDays()));
        return Response.status(Response.Status.CREATED).entity(FormLinkResponse.of(issued.link(), issued.url())).build();
    }

    @GET
    @Operation(summary = "Your organisation's form links, newest first")
    public List<FormLinkResponse> list() {
        return links.list(caller.organizationId()).stream().map(l -> FormLinkResponse.of(l, links.url(l))).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a form link: it stops working at once")
    public FormLinkResponse revoke(@PathParam("id") UUID id) {
        return links.revoke(caller.organizationId(), id).map(l -> FormLinkResponse.of(l, links.url(l)))
                .orElseThrow(() -> ProblemException.of(Response.Status.NOT_FOUND, "No form link " + id + "."));
    }
}
