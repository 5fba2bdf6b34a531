package org.practiceloop.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.practiceloop.notification.config.NotificationConfig;
import org.practiceloop.notification.domain.DeliveryStatus;
import org.practiceloop.notification.domain.PlanEmail;
import org.practiceloop.notification.domain.SuppressedAddresses;

/**
 * Sends pending emails. A row is locked ({@code FOR UPDATE SKIP LOCKED}) while it is sent and
 * marked in the same transaction, so two dispatchers never send one email twice; a crash
 * after the SMTP server accepted it but before the commit sends it once more, with the same
 * Message-ID. Temporary failures (4xx, refused connections, timeouts) are retried with
 * exponential backoff; a permanent refusal (5xx) is not, and suppresses the address.
 */
@ApplicationScoped
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);
    private static final String CLAIM_DUE = """
            select * from plan_email where status = 'PENDING' and next_attempt_at <= now()
            order by created_at limit :limit for update skip locked""";

    private final Mailer mailer;
    private final EntityManager entityManager;
    private final NotificationConfig.Email config;
    private final ManagedExecutor executor;
    private final SuppressedAddresses suppressed;

    EmailDispatcher(Mailer mailer, EntityManager entityManager, NotificationConfig config, ManagedExecutor executor,
            SuppressedAddresses suppressed) {
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.config = config.email();
        this.executor = executor;
        this.suppressed = suppressed;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanEmailService.PlanEmailQueued queued) {
        executor.execute(this::dispatch);
    }

    @Scheduled(every = "${practiceloop.email.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        dispatch();
    }

    public void dispatch() {
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(this::sendBatch);
        } while (handled == config.batchSize());
    }

    @SuppressWarnings("unchecked")
    private int sendBatch() {
        List<PlanEmail> due = entityManager.createNativeQuery(CLAIM_DUE, PlanEmail.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        due.forEach(this::send);
        return due.size();
    }

    private void send(PlanEmail email) {
        email.attempts++;
        try {
            mailer.send(Mail.withHtml(email.recipient, email.subject, email.htmlBody)
                    .setText(email.textBody)
                    .addHeader("Message-ID", email.messageId())
                    // RFC 8058 one-click unsubscribe: mail clients POST to the link themselves.
                    .addHeader("List-Unsubscribe", "<" + email.unsubscribeUrl + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
            email.status = DeliveryStatus.SENT;
            email.sentAt = Instant.now();
            email.lastError = null;
        } catch (RuntimeException e) {
            SMTPException smtp = smtpCause(e);
            email.lastError = smtp != null ? "SMTP " + smtp.getReplyCode() : e.getClass().getSimpleName();
            if (smtp != null && smtp.isPermanent()) {
                email.status = DeliveryStatus.FAILED;
                suppressed.suppress(email.organizationId, email.recipient, email.lastError);
                LOG.warnf("Email %s refused permanently (%s); the address is suppressed", email.id, email.lastError);
            } else if (email.attempts >= config.maxAttempts()) {
                email.status = DeliveryStatus.FAILED;
                LOG.warnf("Email %s failed for good after %d attempt(s): %s", email.id, email.attempts, email.lastError);
            } else {
                email.nextAttemptAt = Instant.now().plus(config.retryBackoff().multipliedBy(1L << Math.min(email.attempts - 1, 10)));
                LOG.infof("Email %s will be retried: %s", email.id, email.lastError);
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
