package org.practiceloop.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.groups.UniAwait;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through Quarkus's mailer, every send started on one Vert.x event-loop context.
 * Why: the Vert.x mail client (4.5) reads a new SMTP connection only once its pool has handed
 * the connection over, which can run on another thread than the socket's event loop; a server
 * greeting that arrives in between is dropped and the send waits forever (here: 23 of 400
 * sends on new connections from two threads, {@code SmtpSenderTest}). Started from one event
 * loop, the connection, the hand-over and the greeting share one thread. (Our mails have no
 * attachments, so the mailer builds the message at once and calls the client on that context.)
 */
@ApplicationScoped
public class SmtpSender {

    private final ReactiveMailer mailer;
    private final Duration timeout;
    private volatile Context context;

    SmtpSender(ReactiveMailer mailer, @ConfigProperty(name = "quarkus.mailer.timeout") Duration timeout) {
        this.mailer = mailer;
        this.timeout = timeout;
    }

    /**
     * On the main thread, which has no Vert.x context: this creates a new event-loop context.
     * Before the Kafka consumers start (their backlog may queue emails at once).
     */
    void pinContext(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started, Vertx vertx) {
        Context created = vertx.getOrCreateContext();
        if (!created.isEventLoopContext()) {
            throw new IllegalStateException("SMTP sends need an event-loop context, got " + created);
        }
        context = created;
    }

    /**
     * Blocks until the server has accepted the mail; throws what the mailer failed with, or on
     * timeout (none when {@code quarkus.mailer.timeout} is zero, as Quarkus's blocking mailer does).
     */
    public void send(Mail mail) {
        Context pinned = context;
        if (pinned == null) {
            throw new IllegalStateException("Not started yet");
        }
        UniAwait<Void> sent = mailer.send(mail)
                .runSubscriptionOn(task -> pinned.runOnContext(ignored -> task.run()))
                .await();
        if (timeout.isZero()) {
            sent.indefinitely();
        } else {
            sent.atMost(timeout);
        }
    }
}
