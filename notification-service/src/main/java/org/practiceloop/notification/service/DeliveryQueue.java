package org.practiceloop.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.practiceloop.common.lifecycle.Rounds;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.notification.domain.QueuedMessage;
import org.practiceloop.notification.domain.QueuedMessage.State;

/**
 * Claims, leases and retries for an outgoing queue (plan emails, webhook deliveries): due
 * messages go PENDING → SENDING in a transaction of their own ({@code FOR UPDATE SKIP LOCKED},
 * so two dispatchers never claim one message), are sent outside any transaction, and each
 * outcome is recorded as soon as its send completes, in a short transaction of its own as the
 * message's organisation, whose data its effects are, unless the claim was lost meanwhile: a
 * record that fails (the database refusing connections) is tried again briefly and never stops
 * the batch's other records, since a send left SENDING is sent again once its lease has passed.
 * A claim older than the lease belonged to a dispatcher that died mid-send: the message is
 * claimed again. A failure is retried with exponential backoff until
 * the attempts run out. The dispatchers keep what is their own: what is due, the send, and what
 * an outcome means.
 */
public final class DeliveryQueue<M extends QueuedMessage> {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);
    /** Tries at recording one outcome, a pause growing by this much between them: a few seconds in all, well inside any lease. */
    private static final int RECORD_TRIES = 4;
    private static final Duration RECORD_PAUSE = Duration.ofMillis(500);

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
    private final TransactionSynchronizationRegistry transactions;
    private final Rounds rounds;
    private final Counter delivered;
    private final Counter retried;
    private final Counter gaveUp;

    /**
     * {@code claimDue}: native SQL selecting up to {@code :limit} rows of the message's table that
     * are PENDING and due, or SENDING and claimed before {@code :abandonedBefore}, locked
     * {@code for update skip locked}. The meters count sends that were accepted, and failed ones
     * by {@code outcome} ({@code retry}, {@code gave_up}): what operators alert on. Each send is
     * a span of {@code spans}, in the trace that queued the message; they count once the outcome's
     * record has committed, so a record tried again counts once. Each batch is one of
     * {@code rounds}, which a shutdown lets finish.
     */
    DeliveryQueue(Class<M> type, String claimDue, Policy policy, SendSpans spans, EntityManager entityManager,
            TransactionSynchronizationRegistry transactions, Rounds rounds, MeterRegistry registry,
            String deliveredMeter, String failedMeter) {
        this.type = type;
        this.claimDue = claimDue;
        this.policy = policy;
        this.spans = spans;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.rounds = rounds;
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
        int claimed;
        do {
            claimed = rounds.run(() -> dispatchBatch(batchSize, sender), 0);
        } while (claimed == batchSize);
    }

    /** Claims a batch, sends it and records each outcome; returns how many it claimed. */
    private <O> int dispatchBatch(int batchSize, Sender<M, O> sender) {
        List<M> batch = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(() -> claim(batchSize)));
        List<SendSpans.Traced<O>> sends = batch.stream().map(message -> spans.send(message, sender)).toList();
        BlockingQueue<Integer> completed = new LinkedBlockingQueue<>();
        for (int i = 0; i < sends.size(); i++) {
            int index = i;
            sends.get(i).outcome().whenComplete((outcome, thrown) -> completed.add(index));
        }
        for (int recorded = 0; recorded < batch.size(); recorded++) {
            int index = takeUninterruptibly(completed);
            // In the send's trace: what the outcome queues (the email.sent webhook) continues it.
            try (Scope scope = sends.get(index).context().makeCurrent()) {
                recordOrLeave(batch.get(index), sends.get(index).outcome().join(), sender);
            }
        }
        return batch.size();
    }

    /** The sends happened whatever this thread is asked: their outcomes are recorded before it stops. */
    private static int takeUninterruptibly(BlockingQueue<Integer> completed) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return completed.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <O> void recordOrLeave(M claimed, O outcome, Sender<M, O> sender) {
        for (int tried = 1;; tried++) {
            try {
                Tenancy.asOrganization(claimed.organizationId,
                        () -> QuarkusTransaction.requiringNew().run(() -> record(claimed, outcome, sender)));
                return;
            } catch (RuntimeException e) {
                if (tried == RECORD_TRIES) {
                    LOG.errorf(e, "%s %s was sent but its outcome could not be recorded; it stays SENDING and is "
                            + "sent again once its lease has passed", type.getSimpleName(), claimed.id);
                    return;
                }
                LOG.warnf("Recording the outcome of %s %s failed (%s); trying again", type.getSimpleName(), claimed.id,
                        e.toString());
                LockSupport.parkNanos(RECORD_PAUSE.multipliedBy(tried).toNanos());
            }
        }
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
        countOnCommit(delivered);
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
        countOnCommit(retried);
        LOG.infof("%s %s will be retried: %s", type.getSimpleName(), message.id, error);
    }

    /** Not tried again: out of attempts, or refused in a way retrying cannot change. */
    public void giveUp(M message, String error) {
        message.lastError = error;
        message.enter(State.FAILED);
        countOnCommit(gaveUp);
        LOG.warnf("%s %s failed for good after %d attempt(s): %s", type.getSimpleName(), message.id, message.attempts,
                error);
    }

    private void countOnCommit(Counter counter) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
