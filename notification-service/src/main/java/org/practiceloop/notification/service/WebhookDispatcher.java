package org.practiceloop.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookDeliveryStatus;
import org.practiceloop.notification.domain.WebhookEndpoint;

/**
 * Posts due webhook deliveries: PENDING → SENDING (committed, {@code FOR UPDATE SKIP LOCKED})
 * → concurrent HTTP posts outside any transaction, each with a time limit → DELIVERED on 2xx,
 * else back to PENDING with exponential backoff, FAILED when out of attempts. An endpoint whose
 * attempts fail too many times in a row is disabled with the reason; its pending deliveries wait
 * until it is enabled again. Each attempt is signed afresh (Standard Webhooks: the timestamp is
 * the attempt's); the message id stays the same.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final String CLAIM_DUE = """
            select d.* from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
            where d.status = 'PENDING' and d.next_attempt_at <= now() and e.enabled
            order by d.next_attempt_at limit :limit for update of d skip locked""";

    /** One claimed delivery with what posting it needs. */
    private record Attempt(WebhookDelivery delivery, String url, String secret) {
    }

    /** An HTTP status, or the reason there was none (timeout, refused connection…). */
    private record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return status != null ? "HTTP " + status : error;
        }
    }

    private final EntityManager entityManager;
    private final NotificationConfig.Webhooks config;
    private final Backoff backoff;
    private final ManagedExecutor executor;
    private final HttpClient http;

    WebhookDispatcher(EntityManager entityManager, NotificationConfig config, ManagedExecutor executor) {
        this.entityManager = entityManager;
        this.config = config.webhooks();
        this.backoff = new Backoff(this.config.retryBackoff(), this.config.maxRetryDelay());
        this.executor = executor;
        // Redirects are not followed: a receiver answers 2xx itself, or the attempt failed.
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookPublisher.WebhookQueued queued) {
        executor.execute(this::dispatch);
    }

    @Scheduled(every = "${practiceloop.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(this::releaseAbandoned));
        dispatch();
    }

    /** Claims as the service (every organisation's deliveries), records as each delivery's organisation. */
    public void dispatch() {
        List<Attempt> batch;
        do {
            batch = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(this::claimDue));
            List<CompletableFuture<Outcome>> posts = batch.stream().map(this::post).toList();
            for (int i = 0; i < batch.size(); i++) {
                Attempt attempt = batch.get(i);
                Outcome outcome = posts.get(i).join();
                Tenancy.asOrganization(attempt.delivery().organizationId,
                        () -> QuarkusTransaction.requiringNew().run(() -> record(attempt.delivery(), outcome)));
            }
        } while (batch.size() == config.batchSize());
    }

    /** Deliveries a dispatcher claimed and never finished (it died mid-post) are tried again. */
    private void releaseAbandoned() {
        entityManager.createQuery("update WebhookDelivery d set d.status = ?1 where d.status = ?2 and d.claimedAt < ?3")
                .setParameter(1, WebhookDeliveryStatus.PENDING).setParameter(2, WebhookDeliveryStatus.SENDING)
                .setParameter(3, Instant.now().minus(config.timeout().multipliedBy(3)))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Attempt> claimDue() {
        List<WebhookDelivery> due = entityManager.createNativeQuery(CLAIM_DUE, WebhookDelivery.class)
                .setParameter("limit", config.batchSize()).getResultList();
        List<Attempt> attempts = new ArrayList<>(due.size());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it
        for (WebhookDelivery delivery : due) {
            delivery.status = WebhookDeliveryStatus.SENDING;
            delivery.claimedAt = now;
            delivery.attempts++;
            WebhookEndpoint endpoint = WebhookEndpoint.findById(delivery.endpointId);
            attempts.add(new Attempt(delivery, endpoint.url, endpoint.secret));
        }
        return attempts;
    }

    private CompletableFuture<Outcome> post(Attempt attempt) {
        WebhookDelivery delivery = attempt.delivery();
        Optional<String> refused = WebhookTargets.refusal(URI.create(attempt.url()).getHost(),
                config.allowPrivateAddresses());
        if (refused.isPresent()) { // the name resolves elsewhere than when it was registered
            return CompletableFuture.completedFuture(new Outcome(null, "refused: the host " + refused.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("user-agent", "PracticeLoop-Webhooks/1")
                .header("webhook-id", delivery.messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(attempt.secret(), delivery.messageId, timestamp, delivery.payload))
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

    private void record(WebhookDelivery claimed, Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(claimed.id);
        if (delivery == null || delivery.status != WebhookDeliveryStatus.SENDING
                || !claimed.claimedAt.equals(delivery.claimedAt)) {
            return; // the endpoint was deleted, or the claim was released and taken over meanwhile
        }
        // Locked: concurrent outcomes of one endpoint each count.
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, delivery.endpointId,
                LockModeType.PESSIMISTIC_WRITE);
        delivery.lastResponseStatus = outcome.status();
        delivery.lastError = outcome.delivered() ? null : outcome.describe();
        if (outcome.delivered()) {
            delivery.status = WebhookDeliveryStatus.DELIVERED;
            delivery.deliveredAt = Instant.now();
            endpoint.consecutiveFailures = 0;
            return;
        }
        delivery.status = delivery.attempts >= config.maxAttempts()
                ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING;
        delivery.nextAttemptAt = Instant.now().plus(backoff.after(delivery.attempts));
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
