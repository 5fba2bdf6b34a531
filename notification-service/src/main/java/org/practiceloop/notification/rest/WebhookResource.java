package org.practiceloop.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookEndpoint;
import org.practiceloop.notification.service.WebhookEndpoints;
import org.practiceloop.notification.service.WebhookPublisher;

/** Coaching platforms' webhook endpoints: docs/webhooks.md explains the messages and their signatures. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(Roles.WEBHOOKS_MANAGE)
public class WebhookResource {

    private final WebhookEndpoints endpoints;
    private final WebhookPublisher publisher;
    private final CurrentCaller caller;

    WebhookResource(WebhookEndpoints endpoints, WebhookPublisher publisher, CurrentCaller caller) {
        this.endpoints = endpoints;
        this.publisher = publisher;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an endpoint; the answer carries its signing secret, shown this once")
    public Response register(@NotNull @Valid WebhookRegistration registration, UriInfo uri) {
        WebhookEndpoint endpoint = endpoints.register(organization(), registration.url(), registration.eventTypes(),
                registration.description());
        return Response.created(uri.getAbsolutePathBuilder().path(endpoint.id.toString()).build())
                .entity(WebhookEndpointResponse.of(endpoint, endpoint.secret)).build();
    }

    @GET
    @Operation(summary = "The organisation's endpoints, oldest first")
    public List<WebhookEndpointResponse> list() {
        return endpoints.list(organization()).stream().map(WebhookEndpointResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One endpoint, with why it was disabled if it was")
    public WebhookEndpointResponse get(@PathParam("id") UUID id) {
        return WebhookEndpointResponse.of(existing(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an endpoint and its delivery log; nothing more is sent to it")
    public Response delete(@PathParam("id") UUID id) {
        if (!endpoints.delete(organization(), id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a disabled endpoint again; its pending deliveries resume")
    public WebhookEndpointResponse enable(@PathParam("id") UUID id) {
        return endpoints.enable(organization(), id).map(WebhookEndpointResponse::of).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/test")
    @Transactional
    @Operation(summary = "Send a signed test event (webhook.test) to the endpoint; its result shows in the deliveries")
    public Response test(@PathParam("id") UUID id) {
        WebhookEndpoint endpoint = existing(id);
        if (!endpoint.enabled) {
            throw ProblemException.of(Response.Status.CONFLICT,
                    "Webhook endpoint " + id + " is disabled (" + endpoint.disabledReason + "); enable it first.");
        }
        return Response.accepted(WebhookDeliveryResponse.of(publisher.publishTest(endpoint))).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first")
    public List<WebhookDeliveryResponse> deliveries(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        existing(id);
        return WebhookDelivery.latestOf(caller.organizationId(), id, limit).stream().map(WebhookDeliveryResponse::of).toList();
    }

    private WebhookEndpoint existing(UUID id) {
        return endpoints.find(organization(), id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.of(Response.Status.NOT_FOUND, "No webhook endpoint " + id + ".");
    }

    private String organization() {
        return caller.organizationId();
    }
}
