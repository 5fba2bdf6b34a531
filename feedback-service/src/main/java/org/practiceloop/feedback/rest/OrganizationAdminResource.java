package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.feedback.domain.Organization;
import org.practiceloop.feedback.service.ApiKeyAdministration;

/** The operator's API (Authorization: Bearer with the operator key): organisations and their API keys. */
@Path("/api/v1/admin/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@RolesAllowed(Roles.OPERATOR)
public class OrganizationAdminResource {

    public record OrganizationResponse(String id, String name, Instant createdAt) {
        static OrganizationResponse of(Organization organization) {
            return new OrganizationResponse(organization.id, organization.name, organization.createdAt);
        }
    }

    private final ApiKeyAdministration administration;

    OrganizationAdminResource(ApiKeyAdministration administration) {
        this.administration = administration;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organisation")
    public Response create(@NotNull @Valid OrganizationRequest request, UriInfo uri) {
        Organization organization = administration.createOrganization(request.id(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(organization.id).build())
                .entity(OrganizationResponse.of(organization)).build();
    }

    @GET
    @Operation(summary = "Every organisation")
    public List<OrganizationResponse> list() {
        return administration.organizations().stream().map(OrganizationResponse::of).toList();
    }

    @POST
    @Path("/{organizationId}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key; the answer carries the key, shown this once")
    public Response issue(@PathParam("organizationId") @Size(max = 40) String organizationId,
            @NotNull @Valid ApiKeyRequest request) {
        ApiKeyAdministration.NewKey issued = administration.issue(organizationId, request.name(),
                EnumSet.copyOf(request.scopes()), Optional.ofNullable(request.key()));
        return Response.status(Response.Status.CREATED).entity(ApiKeyResponse.of(issued.issued(), issued.key())).build();
    }

    @GET
    @Path("/{organizationId}/keys")
    @Operation(summary = "The organisation's keys (ids, names, scopes, revocation), never the keys")
    public List<ApiKeyResponse> keys(@PathParam("organizationId") @Size(max = 40) String organizationId) {
        return administration.keysOf(organizationId).stream().map(k -> ApiKeyResponse.of(k, null)).toList();
    }

    @DELETE
    @Path("/{organizationId}/keys/{keyId}")
    @Operation(summary = "Revoke a key; every service refuses it within seconds")
    public ApiKeyResponse revoke(@PathParam("organizationId") @Size(max = 40) String organizationId,
            @PathParam("keyId") @Size(max = 12) String keyId) {
        return ApiKeyResponse.of(administration.revoke(organizationId, keyId), null);
    }

    @POST
    @Path("/{organizationId}/keys/{keyId}/rotate")
    @Operation(summary = "Replace a key with a new one (same name and scopes) and revoke the old one")
    public Response rotate(@PathParam("organizationId") @Size(max = 40) String organizationId,
            @PathParam("keyId") @Size(max = 12) String keyId) {
        ApiKeyAdministration.NewKey issued = administration.rotate(organizationId, keyId);
        return Response.status(Response.Status.CREATED).entity(ApiKeyResponse.of(issued.issued(), issued.key())).build();
    }
}
