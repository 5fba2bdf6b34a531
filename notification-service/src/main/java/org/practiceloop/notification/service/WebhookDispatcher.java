package org.practiceloop.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookDeliveryStatus;
import org.practiceloop.notification.domain.WebhookEndpoint;

/**
 * Posts due webhook deliveries through {@link DeliveryQueue}, a batch at a time and concurrently,
 * each post with a time limit: DELIVERED on 2xx, anything else retried. An endpoint whose
 * attempts fail too many times in a row is disabled with the reason; its pending deliveries wait
 * until it is enabled again. Each attempt is signed afresh (Standard Webhooks: the timestamp is
 * the attempt's); the message id stays the same.
 */
@ApplicationScoped
public class WebhookDispatcher implements DeliveryQueue.Sender<WebhookDelivery, WebhookDispatcher.Outcome> {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final String CLAIM_DUE = """
            select d.* from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
            where e.enabled and (d.status = 'PENDING' and d.next_attempt_at <= now()
                                 or d.status = 'SENDING' and d.claimed_at < :abandonedBefore)
            order by d.next_attempt_at limit :limit for update of d skip locked""";

    /** An HTTP status, or the reason there was none (timeout, refused connection…). */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return status != null ? "HTTP " + status : error;
        }
    }

    private final EntityManager entityManager;
    private final NotificationConfig.Webhooks config;
    private final ManagedExecutor executor;
    private final HttpClient http;
    private final DeliveryQueue<WebhookDelivery> queue;

    WebhookDispatcher(EntityManager entityManager, NotificationConfig config, ManagedExecutor executor,
            MeterRegistry registry) {
        this.entityManager = entityManager;
        this.config = config.webhooks();
        this.executor = executor;
        // Redirects are not followed: a receiver answers 2xx itself, or the attempt failed.
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // A claim outlives the longest post (twice the timeout) before it counts as abandoned.
        this.queue = new DeliveryQueue<>(WebhookDelivery.class, CLAIM_DUE, new DeliveryQueue.Policy(
                this.config.maxAttempts(), new Backoff(this.config.retryBackoff(), this.config.maxRetryDelay()),
                this.config.timeout().multipliedBy(3)), entityManager, registry,
                "practiceloop.webhooks.delivered", "practiceloop.webhooks.failed");
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookPublisher.WebhookQueued queued) {
        executor.execute(this::dispatch);
    }

    @Scheduled(every = "${practiceloop.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void dispatch() {
        queue.dispatch(config.batchSize(), this);
    }

    @Override
    public CompletableFuture<Outcome> send(WebhookDelivery delivery) {
        WebhookEndpoint endpoint = delivery.endpoint;
        Optional<String> refused = WebhookTargets.refusal(URI.create(endpoint.url).getHost(),
                config.allowPrivateAddresses());
        if (refused.isPresent()) { // the name resolves elsewhere than when it was registered
            return CompletableFuture.completedFuture(new Outcome(null, "refused: the host " + refused.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url))
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("user-agent", "PracticeLoop-Webhooks/1")
                .header("webhook-id", delivery.messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(endpoint.secret, delivery.messageId, timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                .build();
        // The request timeout stops at the response headers; a receiver that trickles its body
        // must not hold the dispatcher, so the whole exchange gets a limit too.
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(config.timeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null
                        ? new Outcome(response.statusCode(), null)
                        : new Outcome(null, describe(failure)));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof HttpTimeoutException || cause instanceof TimeoutException ? "timed out"
                : cause.getClass().getSimpleName();
    }

    @Override
    public void record(WebhookDelivery delivery, Outcome outcome) {
        // Read again under a lock: concurrent outcomes of one endpoint each count.
        WebhookEndpoint endpoint = delivery.endpoint;
        entityManager.refresh(endpoint, LockModeType.PESSIMISTIC_WRITE);
        delivery.lastResponseStatus = outcome.status();
        if (outcome.delivered()) {
            queue.delivered(delivery);
            delivery.status = WebhookDeliveryStatus.DELIVERED;
            delivery.deliveredAt = Instant.now();
            endpoint.consecutiveFailures = 0;
            return;
        }
        queue.failed(delivery, outcome.describe());
        endpoint.consecutiveFailures++;
        if (endpoint.enabled && endpoint.consecutiveFailures >= config.disableAfterFailures()) {
            endpoint.enabled = false;
            endpoint.disabledAt = Instant.now();
            endpoint.disabledReason = "Disabled after " + endpoint.consecutiveFailures
                    + " failed attempts in a row; the last: " + outcome.describe();
            LOG.warnf("Webhook endpoint %s disabled: %s", endpoint.id, endpoint.disabledReason);
        }
    }
}
