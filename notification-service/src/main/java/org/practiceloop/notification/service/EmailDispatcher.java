package org.practiceloop.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.mailer.Mail;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.practiceloop.common.lifecycle.Rounds;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.OutgoingEmail;
import org.practiceloop.notification.domain.PartnerEmail;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.SuppressedAddresses;

/**
 * Sends due emails (plan emails, then partner emails) through a {@link DeliveryQueue} each, one at
 * a time (an SMTP conversation blocks): PENDING → SENDING → SENT. An email left SENDING longer
 * than the lease is sent again with the same Message-ID, so the receiving side can drop the copy.
 * Temporary failures (4xx, refused connections, timeouts) are retried; a permanent refusal (5xx)
 * is not, and suppresses the address for every later email of the organisation.
 */
@ApplicationScoped
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);

    private final SmtpSender sender;
    private final ManagedExecutor executor;
    private final SuppressedAddresses suppressed;
    private final Sends<PlanEmail> planEmails;
    private final Sends<PartnerEmail> partnerEmails;
    /** Both queues' batches: a shutdown waits for whichever is under way. */
    private final Rounds rounds = new Rounds();

    EmailDispatcher(SmtpSender sender, EntityManager entityManager, NotificationConfig config, ManagedExecutor executor,
            SuppressedAddresses suppressed, PlatformWebhooks webhooks, TransactionSynchronizationRegistry transactions,
            MeterRegistry registry, Tracer tracer) {
        this.sender = sender;
        this.executor = executor;
        this.suppressed = suppressed;
        NotificationConfig.Email email = config.email();
        DeliveryQueue.Policy policy = new DeliveryQueue.Policy(email.maxAttempts(),
                new Backoff(email.retryBackoff(), Duration.ofHours(1)), email.sendingLease());
        // Both queues count into the same meters: operators alert on emails, whichever kind.
        this.planEmails = new Sends<>(new DeliveryQueue<>(PlanEmail.class, claimDue("plan_email"), policy,
                new SendSpans(tracer, "plan-email send"), entityManager, transactions, rounds, registry,
                "practiceloop.emails.sent", "practiceloop.emails.failed"), webhooks::emailSent);
        this.partnerEmails = new Sends<>(new DeliveryQueue<>(PartnerEmail.class, claimDue("partner_email"), policy,
                new SendSpans(tracer, "partner-email send"), entityManager, transactions, rounds, registry,
                "practiceloop.emails.sent", "practiceloop.emails.failed"), sent -> { });
    }

    private static String claimDue(String table) {
        return "select * from " + table + """
                 where status = 'PENDING' and next_attempt_at <= now() or status = 'SENDING' and claimed_at < :abandonedBefore
                order by next_attempt_at limit :limit for update skip locked""";
    }

    /** The email being sent is recorded before the datasource closes; none is claimed after. */
    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        if (!rounds.finish(Rounds.SHUTDOWN_LIMIT)) {
            LOG.warn("An email send still under way at shutdown; it is sent again once its lease has passed");
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued queued) {
        executor.execute(this::dispatch);
    }

    @Scheduled(every = "${practiceloop.email.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void dispatch() {
        planEmails.queue.dispatch(1, planEmails);
        partnerEmails.queue.dispatch(1, partnerEmails);
    }

    /** One kind of email's queue, and what its sent email queues in turn ({@code email.sent} for plan emails). */
    private final class Sends<E extends OutgoingEmail> implements DeliveryQueue.Sender<E, RuntimeException> {

        private final DeliveryQueue<E> queue;
        private final Consumer<E> onSent;

        Sends(DeliveryQueue<E> queue, Consumer<E> onSent) {
            this.queue = queue;
            this.onSent = onSent;
        }

        /** The failure, or null when the server accepted the mail. */
        @Override
        public CompletableFuture<RuntimeException> send(E email) {
            try {
                sender.send(Mail.withHtml(email.recipient, email.subject, email.htmlBody)
                        .setText(email.textBody)
                        .addHeader("Message-ID", email.messageId())
                        // RFC 8058 one-click unsubscribe: mail clients POST to the link themselves.
                        .addHeader("List-Unsubscribe", "<" + email.unsubscribeUrl + ">")
                        .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
                return CompletableFuture.completedFuture(null);
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(e);
            }
        }

        @Override
        public String failureOf(RuntimeException failure) {
            if (failure == null) {
                return null;
            }
            SMTPException smtp = smtpCause(failure);
            return smtp != null ? "SMTP " + smtp.getReplyCode() : failure.getClass().getSimpleName();
        }

        @Override
        public void record(E email, RuntimeException failure) {
            String error = failureOf(failure);
            if (error == null) {
                queue.delivered(email);
                email.status = DeliveryStatus.SENT;
                email.sentAt = Instant.now();
                onSent.accept(email);
                return;
            }
            SMTPException smtp = smtpCause(failure);
            if (smtp != null && smtp.isPermanent()) {
                queue.giveUp(email, error);
                suppressed.suppress(email.organizationId, email.recipient, error);
                LOG.warnf("Email %s was refused permanently (%s); the address is suppressed", email.id, error);
            } else {
                queue.failed(email, error);
            }
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }
}
