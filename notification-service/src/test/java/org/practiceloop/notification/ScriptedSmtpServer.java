package org.practiceloop.notification;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (subethasmtp) whose answers depend on the recipient: {@code tempfail-…}
 * is refused with 451 the first time and accepted after (greylisting); {@code reject-…} is always refused
 * with 550; anything else is accepted. It counts what it accepted per recipient.
 */
public final class ScriptedSmtpServer {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final SMTPServer server;

    ScriptedSmtpServer() {
        server = SMTPServer.port(0).hostName("127.0.0.1").messageHandlerFactory(context -> new MessageHandler() {
            private String recipient;

            @Override
            public void from(String from) {
                // any sender
            }

            /** Refusals come at RCPT TO, where real servers refuse (and greylist) recipients. */
            @Override
            public void recipient(String to) throws RejectException {
                int attempt = attempts.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
                if (to.startsWith("reject-")) {
                    throw new RejectException(550, "5.1.1 No such user");
                }
                if (to.startsWith("tempfail-") && attempt == 1) {
                    throw new RejectException(451, "4.7.1 Greylisted, try again later");
                }
                recipient = to;
            }

            @Override
            public String data(InputStream data) throws IOException {
                data.readAllBytes();
                accepted.computeIfAbsent(recipient, k -> new AtomicInteger()).incrementAndGet();
                return null;
            }

            @Override
            public void done() {
                // nothing kept per session
            }
        }).build();
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    int attempts(String recipient) {
        return attempts.getOrDefault(recipient, new AtomicInteger()).get();
    }

    int accepted(String recipient) {
        return accepted.getOrDefault(recipient, new AtomicInteger()).get();
    }

    void stop() {
        server.stop();
    }
}
