package org.practiceloop.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.notification.domain.QueuedMessage;
import org.practiceloop.notification.domain.QueuedMessage.State;

/**
 * Claims, leases and retries for an outgoing queue (plan emails, webhook deliveries): due
 * messages go PENDING → SENDING in a transaction of their own ({@code FOR UPDATE SKIP LOCKED},
 * so two dispatchers never claim one message), are sent outside any transaction, and their
 * outcome is recorded as the message's organisation, whose data its effects are, unless the
 * claim was lost meanwhile. A claim older than the lease belonged to a dispatcher that died
 * mid-send: the message is claimed again. A failure is retried with exponential backoff until
 * the attempts run out. The dispatchers keep what is their own: what is due, the send, and what
 * an outcome means.
 */
public final class DeliveryQueue<M extends QueuedMessage> {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    /** Attempts at most, the delay between them, and how long a claim holds before it counts as abandoned. */
    public record Policy(int maxAttempts, Backoff backoff, Duration lease) {
    }

    /** A dispatcher's own part. */
    public interface Sender<M, O> {

        /** Outside any transaction; the sends of one claimed batch run until each completes. */
        CompletableFuture<O> send(M message);

        /** Why the send failed, or null when the receiver accepted it. */
        String failureOf(O outcome);

        /**
         * In a transaction as the message's organisation, while the claim is still this one:
         * what the outcome means, ending in {@link #delivered}, {@link #failed} or {@link #giveUp}.
         */
        void record(M message, O outcome);
    }

    private final Class<M> type;
    private final String claimDue;
    private final Policy policy;
    private final SendSpans spans;
    private final EntityManager entityManager;
    private final Counter delivered;
    private final Counter retried;
    private final Counter gaveUp;

    /**
     * {@code claimDue}: native SQL selecting up to {@code :limit} rows of the message's table that
     * are PENDING and due, or SENDING and claimed before {@code :abandonedBefore}, locked
     * {@code for update skip locked}. The meters count sends that were accepted, and failed ones
     * by {@code outcome} ({@code retry}, {@code gave_up}): what operators alert on. Each send is
     * a span of {@code spans}, in the trace that queued the message.
     */
    DeliveryQueue(Class<M> type, String claimDue, Policy policy, SendSpans spans, EntityManager entityManager,
            MeterRegistry registry, String deliveredMeter, String failedMeter) {
        this.type = type;
        this.claimDue = claimDue;
        this.policy = policy;
        this.spans = spans;
        this.entityManager = entityManager;
        this.delivered = Counter.builder(deliveredMeter).description("Sends the receiving server accepted")
                .register(registry);
        this.retried = failures(registry, failedMeter, "retry");
        this.gaveUp = failures(registry, failedMeter, "gave_up");
    }

    private static Counter failures(MeterRegistry registry, String name, String outcome) {
        return Counter.builder(name).tag("outcome", outcome)
                .description("Failed sends: retry = tried again later, gave_up = not tried again")
                .register(registry);
    }

    /** Claims as the service (the queue holds every organisation's messages) until fewer than a batch are due. */
    public <O> void dispatch(int batchSize, Sender<M, O> sender) {
        List<M> batch;
        do {
            batch = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> claim(batchSize)));
            List<SendSpans.Traced<O>> sends = batch.stream().map(message -> spans.send(message, sender)).toList();
            for (int i = 0; i < batch.size(); i++) {
                M claimed = batch.get(i);
                O outcome = sends.get(i).outcome().join();
                // In the send's trace: what the outcome queues (the email.sent webhook) continues it.
                try (Scope scope = sends.get(i).context().makeCurrent()) {
                    Tenancy.asOrganization(claimed.organizationId,
                            () -> QuarkusTransaction.requiringNew().run(() -> record(claimed, outcome, sender)));
                }
            }
        } while (batch.size() == batchSize);
    }

    @SuppressWarnings("unchecked")
    private List<M> claim(int limit) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it
        List<M> due = entityManager.createNativeQuery(claimDue, type).setParameter("limit", limit)
                .setParameter("abandonedBefore", now.minus(policy.lease())).getResultList();
        for (M message : due) {
            if (message.isSending()) {
                LOG.warnf("%s %s was left SENDING by a dispatcher that stopped; sending it again",
                        type.getSimpleName(), message.id);
            }
            message.enter(State.SENDING);
            message.claimedAt = now;
            message.attempts++;
        }
        return due;
    }

    private <O> void record(M claimed, O outcome, Sender<M, O> sender) {
        M message = entityManager.find(type, claimed.id);
        if (message == null) {
            return; // deleted meanwhile (its endpoint removed, its candidate erased)
        }
        if (!message.isSending() || !claimed.claimedAt.equals(message.claimedAt)) {
            LOG.warnf("%s %s was released while it was being sent; leaving it to its new claim",
                    type.getSimpleName(), message.id);
            return;
        }
        sender.record(message, outcome);
    }

    /** The receiver accepted it; the dispatcher sets its own final status. */
    public void delivered(M message) {
        message.lastError = null;
        delivered.increment();
    }

    /** Tried again after the backoff, or given up once out of attempts. */
    public void failed(M message, String error) {
        if (message.attempts >= policy.maxAttempts()) {
            giveUp(message, error);
            return;
        }
        message.lastError = error;
        message.enter(State.PENDING);
        message.nextAttemptAt = Instant.now().plus(policy.backoff().after(message.attempts));
        retried.increment();
        LOG.infof("%s %s will be retried: %s", type.getSimpleName(), message.id, error);
    }

    /** Not tried again: out of attempts, or refused in a way retrying cannot change. */
    public void giveUp(M message, String error) {
        message.lastError = error;
        message.enter(State.FAILED);
        gaveUp.increment();
        LOG.warnf("%s %s failed for good after %d attempt(s): %s", type.getSimpleName(), message.id, message.attempts,
                error);
    }
}
