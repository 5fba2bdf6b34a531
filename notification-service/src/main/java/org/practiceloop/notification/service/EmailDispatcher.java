package org.practiceloop.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.SuppressedAddresses;

/**
 * Sends due emails: PENDING → SENDING (committed, {@code FOR UPDATE SKIP LOCKED}, so two
 * dispatchers never claim one email) → the SMTP conversation, outside any transaction → SENT.
 * An email left SENDING longer than the lease belonged to a dispatcher that died mid-send; it is
 * sent again, with the same Message-ID so the receiving side can drop the copy. Temporary
 * failures (4xx, refused connections, timeouts) are retried with exponential backoff; a
 * permanent refusal (5xx) is not, and suppresses the address.
 */
@ApplicationScoped
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);
    private static final String CLAIM_NEXT = """
            select * from plan_email where status = 'PENDING' and next_attempt_at <= now()
            order by next_attempt_at limit 1 for update skip locked""";

    private final SmtpSender sender;
    private final EntityManager entityManager;
    private final NotificationConfig.Email config;
    private final Backoff backoff;
    private final ManagedExecutor executor;
    private final SuppressedAddresses suppressed;
    private final PlatformWebhooks webhooks;

    EmailDispatcher(SmtpSender sender, EntityManager entityManager, NotificationConfig config, ManagedExecutor executor,
            SuppressedAddresses suppressed, PlatformWebhooks webhooks) {
        this.sender = sender;
        this.entityManager = entityManager;
        this.config = config.email();
        this.backoff = new Backoff(this.config.retryBackoff(), Duration.ofHours(1));
        this.executor = executor;
        this.suppressed = suppressed;
        this.webhooks = webhooks;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanEmailService.PlanEmailQueued queued) {
        executor.execute(this::dispatch);
    }

    @Scheduled(every = "${practiceloop.email.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        Tenancy.asService(() -> QuarkusTransaction.requiringNew().run(this::releaseAbandoned));
        dispatch();
    }

    /**
     * Claims as the service (the queue holds every organisation's emails) and records each
     * outcome as the email's organisation, whose data its effects (a webhook, a suppression) are.
     */
    public void dispatch() {
        Optional<PlanEmail> next;
        while ((next = Tenancy.asService(() -> QuarkusTransaction.requiringNew().call(this::claimNext))).isPresent()) {
            PlanEmail email = next.get();
            RuntimeException failure = send(email);
            Tenancy.asOrganization(email.organizationId,
                    () -> QuarkusTransaction.requiringNew().run(() -> record(email, failure)));
        }
    }

    private void releaseAbandoned() {
        int released = entityManager.createQuery(
                        "update PlanEmail e set e.status = ?1 where e.status = ?2 and e.claimedAt < ?3")
                .setParameter(1, DeliveryStatus.PENDING).setParameter(2, DeliveryStatus.SENDING)
                .setParameter(3, Instant.now().minus(config.sendingLease()))
                .executeUpdate();
        if (released > 0) {
            LOG.warnf("%d email(s) were left SENDING by a dispatcher that stopped; sending them again", released);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<PlanEmail> claimNext() {
        List<PlanEmail> due = entityManager.createNativeQuery(CLAIM_NEXT, PlanEmail.class).getResultList();
        due.forEach(email -> {
            email.status = DeliveryStatus.SENDING;
            email.claimedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it
            email.attempts++;
        });
        return due.stream().findFirst();
    }

    private RuntimeException send(PlanEmail email) {
        try {
            sender.send(Mail.withHtml(email.recipient, email.subject, email.htmlBody)
                    .setText(email.textBody)
                    .addHeader("Message-ID", email.messageId())
                    // RFC 8058 one-click unsubscribe: mail clients POST to the link themselves.
                    .addHeader("List-Unsubscribe", "<" + email.unsubscribeUrl + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void record(PlanEmail claimed, RuntimeException failure) {
        PlanEmail email = PlanEmail.findById(claimed.id);
        if (email == null || email.status != DeliveryStatus.SENDING || !claimed.claimedAt.equals(email.claimedAt)) {
            LOG.warnf("Email %s was released while it was being sent; leaving it to its new claim", claimed.id);
            return;
        }
        if (failure == null) {
            email.status = DeliveryStatus.SENT;
            email.sentAt = Instant.now();
            email.lastError = null;
            webhooks.emailSent(email);
            return;
        }
        SMTPException smtp = smtpCause(failure);
        email.lastError = smtp != null ? "SMTP " + smtp.getReplyCode() : failure.getClass().getSimpleName();
        if (smtp != null && smtp.isPermanent()) {
            email.status = DeliveryStatus.FAILED;
            suppressed.suppress(email.organizationId, email.recipient, email.lastError);
            LOG.warnf("Email %s refused permanently (%s); the address is suppressed", email.id, email.lastError);
        } else if (email.attempts >= config.maxAttempts()) {
            email.status = DeliveryStatus.FAILED;
            LOG.warnf("Email %s failed for good after %d attempt(s): %s", email.id, email.attempts, email.lastError);
        } else {
            email.status = DeliveryStatus.PENDING;
            email.nextAttemptAt = Instant.now().plus(backoff.after(email.attempts));
            LOG.infof("Email %s will be retried: %s", email.id, email.lastError);
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
