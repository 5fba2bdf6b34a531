package org.practiceloop.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.practiceloop.devinfra.KafkaBroker;
import org.practiceloop.devinfra.PostgresProvisioner;
import org.practiceloop.devinfra.SmtpServer;
import org.practiceloop.devinfra.TestApiKeys;

/**
 * A real broker and the real PostgreSQL, and the packaged services started against them as
 * separate JVMs, accepting the test API keys (RestAssured sends the default organisation's);
 * and a real SMTP server for notification-service when a test asks for one.
 */
public final class TestSystem implements AutoCloseable {

    public static final Path ROOT = Path.of(System.getProperty("practiceloop.repository-root", ".."));

    /** The documented example evaluation (feedback-service's test resource): the body every e2e test varies. */
    public static String exampleEvaluation() {
        try {
            return Files.readString(ROOT.resolve("feedback-service/src/test/resources/evaluation.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final String bootstrapServers;
    private final AutoCloseable broker;
    private final PostgresProvisioner.Server postgres = PostgresProvisioner.server();
    private final List<ServiceProcess> services = new ArrayList<>();
    /** Each service instance's port, fixed for the system's life: feedback-service and analysis-service are told each other's (the first instance's) before either starts. */
    private final Map<String, Integer> ports = new HashMap<>();
    /** The services that hand work to each other with delegated tokens (the others refuse settings they do not know). */
    private static final Set<String> DELEGATING = Set.of("feedback-service", "analysis-service");
    /** The delegated review and interview tokens' secrets, each the same for feedback-service and analysis-service. */
    private final String reviewSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    private final String interviewSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    /**
     * The services holding the partner's amend-link keys, which must be the same: notification-service
     * issues the links, feedback-service verifies them on its amend page.
     */
    private static final Set<String> AMEND_LINKS = Set.of("notification-service", "feedback-service");
    private final String amendSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    private GreenMail smtp;

    /** With a broker inside this JVM. */
    TestSystem() {
        this(KafkaBroker.start());
    }

    private TestSystem(KafkaBroker kafka) {
        this(kafka.bootstrapServers(), kafka);
    }

    /** With a broker the caller started; closed with the system. */
    public TestSystem(String bootstrapServers, AutoCloseable broker) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
        TestApiKeys.sendDefaultKey();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The JDBC URL of a database of its own for one service (created if missing). */
    public String database(String name) {
        return PostgresProvisioner.ensureDatabase(postgres, name);
    }

    public PostgresProvisioner.Server postgres() {
        return postgres;
    }

    /** The SMTP server, started on first use and stopped with the system. */
    public synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = SmtpServer.start();
        }
        return smtp;
    }

    /** What the SMTP server received for this address. */
    public List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp().getReceivedMessages()).filter(m -> isAddressedTo(m, address)).toList();
    }

    public static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null
                    && Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code emptyDatabase}: false to start again on the data a previous (killed) run left. */
    public ServiceProcess start(String service, String database, boolean emptyDatabase, Map<String, String> extra) {
        return start(service, 0, database, emptyDatabase, extra);
    }

    /** Instance {@code instance} (0, 1…) of a service, on a port of its own that a restart keeps. */
    public ServiceProcess start(String service, int instance, String database, boolean emptyDatabase,
            Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(extra);
        properties.putAll(TestApiKeys.configuration());
        if (DELEGATING.contains(service)) {
            properties.put("practiceloop.review.signing.keys.default.secret", reviewSecret);
            properties.put("practiceloop.interview-delegation.signing.keys.default.secret", interviewSecret);
        }
        if (AMEND_LINKS.contains(service)) {
            properties.put("practiceloop.amend.signing.keys.default.secret", amendSecret);
            if (service.equals("notification-service")) {
                properties.put("practiceloop.amend.public-url", "http://127.0.0.1:" + port("feedback-service", 0));
            }
        }
        if (service.equals("feedback-service")) {
            properties.put("quarkus.rest-client.analysis.url", "http://127.0.0.1:" + port("analysis-service", 0));
        }
        if (service.equals("analysis-service")) {
            properties.put("quarkus.rest-client.feedback.url", "http://127.0.0.1:" + port("feedback-service", 0));
        }
        properties.putAll(Map.of(
                "quarkus.datasource.jdbc.url", database(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.flyway.clean-disabled", Boolean.toString(!emptyDatabase),
                "quarkus.flyway.clean-at-start", Boolean.toString(emptyDatabase),
                "kafka.bootstrap.servers", bootstrapServers));
        ServiceProcess process = ServiceProcess.start(ROOT, service, port(service, instance), properties);
        synchronized (services) {
            services.add(process);
        }
        return process;
    }

    private synchronized int port(String service, int instance) {
        return ports.computeIfAbsent(service + "#" + instance, s -> KafkaBroker.freePort());
    }

    @Override
    public void close() throws Exception {
        synchronized (services) {
            ServiceProcess.terminateAll(services, Duration.ofSeconds(20));
        }
        broker.close();
        if (smtp != null) {
            smtp.stop();
        }
    }
}
