package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.WebhookEndpoint;
import org.practiceloop.notification.domain.WebhookEventType;

/** Registering, listing, re-enabling and removing an organisation's webhook endpoints. */
@ApplicationScoped
@Transactional
public class WebhookEndpoints {

    private final NotificationConfig.Webhooks config;
    private final WebhookTargets targets;

    WebhookEndpoints(NotificationConfig config, WebhookTargets targets) {
        this.config = config.webhooks();
        this.targets = targets;
    }

    public WebhookEndpoint register(String organizationId, String url, List<WebhookEventType> eventTypes,
            String description) {
        checkUrl(url);
        if (WebhookEndpoint.count("organizationId", organizationId) >= config.maxEndpoints()) {
            throw ProblemException.of(Response.Status.CONFLICT,
                    "An organisation may register at most " + config.maxEndpoints() + " webhook endpoints.");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.organizationId = organizationId;
        endpoint.url = url;
        endpoint.description = description;
        endpoint.eventTypes = eventTypes.stream().distinct().map(WebhookEventType::toString).toList();
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.enabled = true;
        endpoint.createdAt = Instant.now();
        endpoint.persist();
        return endpoint;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookEndpoint> list(String organizationId) {
        return WebhookEndpoint.listOfOrganization(organizationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WebhookEndpoint> find(String organizationId, UUID id) {
        return WebhookEndpoint.ofOrganization(organizationId, id);
    }

    /** Its deliveries go with it. */
    public boolean delete(String organizationId, UUID id) {
        return WebhookEndpoint.delete("organizationId = ?1 and id = ?2", organizationId, id) > 0;
    }

    /** Deliveries still pending resume; the failure count starts again. */
    public Optional<WebhookEndpoint> enable(String organizationId, UUID id) {
        return WebhookEndpoint.ofOrganization(organizationId, id).map(endpoint -> {
            endpoint.enabled = true;
            endpoint.consecutiveFailures = 0;
            endpoint.disabledReason = null;
            endpoint.disabledAt = null;
            return endpoint;
        });
    }

    private void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a valid URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (uri.getHost() == null || !(https || http) || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw ProblemException.invalidField("url", "must be an absolute https URL without credentials or fragment");
        }
        if (http && !config.allowHttp()) {
            throw ProblemException.invalidField("url", "must use https");
        }
        WebhookTargets.Target target = targets.check(uri.getHost());
        if (target.refused()) {
            throw ProblemException.invalidField("url", target.refusal());
        }
    }
}
