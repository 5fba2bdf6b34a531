package org.practiceloop.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.practiceloop.common.lifecycle.Rounds;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.WebhookDelivery;
import org.practiceloop.notification.domain.WebhookDeliveryStatus;
import org.practiceloop.notification.domain.WebhookEndpoint;
import org.practiceloop.notification.service.WebhookClient.Outcome;

/**
 * Posts due webhook deliveries through {@link DeliveryQueue}, a batch at a time and concurrently,
 * each to the address its host was checked at just before ({@link WebhookClient}): DELIVERED on
 * 2xx, anything else retried. An endpoint whose attempts fail too many times in a row is
 * disabled with the reason; its pending deliveries wait until it is enabled again. Each attempt is signed afresh (Standard Webhooks: the timestamp is
 * the attempt's); the message id stays the same.
 */
@ApplicationScoped
public class WebhookDispatcher implements DeliveryQueue.Sender<WebhookDelivery, WebhookClient.Outcome> {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final String CLAIM_DUE = """
            select d.* from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
            where e.enabled and (d.status = 'PENDING' and d.next_attempt_at <= now()
                                 or d.status = 'SENDING' and d.claimed_at < :abandonedBefore)
            order by d.next_attempt_at limit :limit for update of d skip locked""";

    private final EntityManager entityManager;
    private final NotificationConfig.Webhooks config;
    private final ManagedExecutor executor;
    private final WebhookTargets targets;
    private final WebhookClient client;
    private final DeliveryQueue<WebhookDelivery> queue;
    private final Rounds rounds = new Rounds();

    WebhookDispatcher(EntityManager entityManager, NotificationConfig config, ManagedExecutor executor,
            WebhookTargets targets, WebhookClient client, TransactionSynchronizationRegistry transactions,
            MeterRegistry registry, Tracer tracer) {
        this.entityManager = entityManager;
        this.config = config.webhooks();
        this.executor = executor;
        this.targets = targets;
        this.client = client;
        // A claim outlives the longest post (twice the timeout) before it counts as abandoned.
        this.queue = new DeliveryQueue<>(WebhookDelivery.class, CLAIM_DUE, new DeliveryQueue.Policy(
                this.config.maxAttempts(), new Backoff(this.config.retryBackoff(), this.config.maxRetryDelay()),
                this.config.timeout().multipliedBy(3)), new SendSpans(tracer, "webhook post"), entityManager, transactions, rounds, registry,
                "practiceloop.webhooks.delivered", "practiceloop.webhooks.failed");
    }

    /** The posts under way are recorded before the datasource closes; no batch is claimed after. */
    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        if (!rounds.finish(Rounds.SHUTDOWN_LIMIT)) {
            LOG.warn("Webhook posts still under way at shutdown; they are posted again once their lease has passed");
        }
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
        URI url = URI.create(delivery.endpoint.url);
        WebhookTargets.Target target = targets.check(url.getHost());
        if (target.refused()) { // the name resolves elsewhere than when it was registered
            return CompletableFuture.completedFuture(new Outcome(null, "refused: the host " + target.refusal()));
        }
        long timestamp = Instant.now().getEpochSecond();
        return client.post(url, target.address(), Map.of(
                "content-type", "application/json",
                "user-agent", "PracticeLoop-Webhooks/1",
                "webhook-id", delivery.messageId,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.sign(delivery.endpoint.secret, delivery.messageId, timestamp,
                        delivery.payload)), delivery.payload);
    }

    @Override
    public String failureOf(Outcome outcome) {
        return outcome.delivered() ? null : outcome.describe();
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
