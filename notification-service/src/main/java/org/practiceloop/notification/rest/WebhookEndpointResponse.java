package org.practiceloop.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.notification.domain.WebhookEndpoint;

/** An endpoint; {@code secret} only in the answer to its registration, the one time it is shown. */
public record WebhookEndpointResponse(UUID id, String url, String description, List<String> eventTypes,
        boolean enabled, String disabledReason, Instant disabledAt, Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret (whsec_…): returned once, at registration; store it then")
        String secret) {

    static WebhookEndpointResponse of(WebhookEndpoint endpoint) {
        return of(endpoint, null);
    }

    /** {@code secret}: only when answering the registration. */
    static WebhookEndpointResponse of(WebhookEndpoint endpoint, String secret) {
        return new WebhookEndpointResponse(endpoint.id, endpoint.url, endpoint.description, endpoint.eventTypes,
                endpoint.enabled, endpoint.disabledReason, endpoint.disabledAt, endpoint.createdAt, secret);
    }
}
