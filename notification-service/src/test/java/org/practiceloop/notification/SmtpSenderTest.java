package org.practiceloop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.practiceloop.devinfra.InjectSmtpServer;
import org.practiceloop.notification.service.SmtpSender;

/**
 * Every send completes. The Vert.x mail client could lose the SMTP greeting on a new connection
 * and wait forever (SmtpSender says why); here every send opens a new connection, from two
 * threads as the dispatchers do, against the real SMTP server.
 */
@QuarkusTest
@TestProfile(SmtpSenderTest.NewConnectionPerSend.class)
class SmtpSenderTest {

    private static final int SENDS = 400;

    @Inject
    SmtpSender sender;

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void everySendOnANewConnectionCompletes() throws Exception {
        int before = smtp.getReceivedMessages().length;
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        IntStream.range(0, SENDS).forEach(i -> threads.execute(() -> {
            try {
                sender.send(Mail.withText("sender-" + i + "@example.com", "Send " + i, "Body " + i));
            } catch (RuntimeException e) {
                failures.add(i + ": " + e);
            }
        }));
        threads.shutdown();
        assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        assertThat(failures).as("sends that failed or timed out").isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(before + SENDS);
    }

    public static class NewConnectionPerSend implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A send that hangs fails after 3 s instead of the 30 s production allows.
            return Map.of("quarkus.mailer.keep-alive", "false", "quarkus.mailer.timeout", "3s");
        }
    }
}
