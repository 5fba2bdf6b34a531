package org.practiceloop.e2e.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.practiceloop.devinfra.KafkaBroker;
import org.practiceloop.devinfra.PostgresProvisioner;
import org.practiceloop.e2e.BrokerProcess;
import org.practiceloop.e2e.KafkaCluster;
import org.practiceloop.e2e.ServiceProcess;
import org.practiceloop.e2e.TestSystem;

/**
 * The whole system on real parts, with a handle on each part a fault can hit: a Kafka broker in
 * its own process behind a TCP proxy that can freeze its traffic, a restartable SMTP server, the
 * machine's PostgreSQL and the three packaged services. In a cluster, three Kafka nodes (no
 * proxy) and two instances of each service, sharing its database and consumer groups.
 */
final class FaultHarness implements AutoCloseable {

    static final String FEEDBACK_DB = "faults_feedback";
    static final String ANALYSIS_DB = "faults_analysis";
    static final String NOTIFICATION_DB = "faults_notification";
    static final Duration READY = Duration.ofSeconds(120);
    /** Kubernetes' default terminationGracePeriodSeconds. */
    private static final Duration TERMINATION_GRACE = Duration.ofSeconds(30);

    private final NioReactor reactor;
    private final TcpCrusher proxy;
    private final List<BrokerProcess> brokers;
    private final TestSystem system;
    private final int smtpPort = KafkaBroker.freePort();
    private final List<MimeMessage> mailFromEarlierServers = new ArrayList<>();
    private GreenMail smtp;
    /** Each service's instances, the first on the port the workload uses. */
    private final Map<String, List<ServiceProcess>> services = new java.util.concurrent.ConcurrentHashMap<>();
    private ConsumerReadiness consumerReadiness;
    /** feedback-service instances taken out of the workload's rotation, as a terminating pod leaves its Service. */
    private final java.util.Set<Integer> feedbackDraining = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger nextFeedback = new java.util.concurrent.atomic.AtomicInteger();
    /** A coaching platform's endpoint for every organisation event, in a cluster; else null. */
    private final WebhookReceiver webhooks;
    private final Map<String, Map<String, String>> settings;
    private final String postgresCluster = postgresCluster();
    private final String operatorKey = "pl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_"
            + (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43);

    /**
     * {@code cluster}: three brokers and two instances of each service, or of each consumer alone
     * when not {@code bothFeedback} (feedback-service's second instance is only a second API
     * behind the load balancer); else one of each.
     */
    FaultHarness(boolean cluster, boolean bothFeedback) throws IOException {
        Path brokerData = Files.createTempDirectory("practiceloop-faults-kafka-");
        Map<String, String> shared = new HashMap<>();
        if (cluster) {
            KafkaCluster nodes = KafkaCluster.start(brokerData, 3);
            brokers = nodes.nodes();
            reactor = null;
            proxy = null;
            system = new TestSystem(nodes.bootstrapServers(), nodes);
            shared.putAll(Map.of("practiceloop.kafka.replication-factor", "3",
                    "practiceloop.kafka.min-insync-replicas", "2",
                    // Seven instances at the pool's default of 20 connections exceed PostgreSQL's
                    // default max_connections (100): the first cluster runs saw "too many clients"
                    // (docs/operators.md).
                    "quarkus.datasource.jdbc.max-size", "10"));
        } else {
            int proxyPort = KafkaBroker.freePort();
            BrokerProcess broker = BrokerProcess.start(brokerData, proxyPort);
            brokers = List.of(broker);
            reactor = new NioReactor();
            proxy = TcpCrusherBuilder.builder().withReactor(reactor)
                    .withBindAddress("127.0.0.1", proxyPort)
                    .withConnectAddress("127.0.0.1", broker.port())
                    .buildAndOpen();
            system = new TestSystem(broker.bootstrapServers(), broker);
        }
        startSmtp();
        webhooks = cluster ? new WebhookReceiver() : null;
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        // The workload and the hostile requests share one key: the harness measures the pipeline, not the limiter.
        shared.putAll(Map.of("practiceloop.auth.rate-limit.per-second", "100000",
                "practiceloop.auth.rate-limit.burst", "100000"));
        Map<String, String> unlimited = Map.copyOf(shared);
        settings = Map.of(
                "feedback-service", with(unlimited, Map.of("practiceloop.form.signing.keys.default.secret", secret,
                        "practiceloop.auth.operator-key", operatorKey)),
                "analysis-service", with(unlimited, Map.of("practiceloop.plan-page.signing.keys.default.secret", secret)),
                "notification-service", with(unlimited, Map.of(
                        "practiceloop.unsubscribe.signing.keys.default.secret", secret,
                        "quarkus.mailer.host", "127.0.0.1",
                        "quarkus.mailer.port", String.valueOf(smtpPort),
                        // Short enough that the newest plan goes out within the run, every version
                        // still passing through pacing; faster retries and lease than production.
                        "practiceloop.email.pacing-window", "2s",
                        "practiceloop.email.retry-backoff", "1s",
                        "quarkus.mailer.timeout", "10s",
                        "practiceloop.email.sending-lease", "15s",
                        // The receiver is plain HTTP on loopback; it is down for a while on purpose,
                        // which must not disable it.
                        "practiceloop.webhooks.allow-http", "true",
                        "practiceloop.webhooks.allow-private-addresses", "true",
                        "practiceloop.webhooks.retry-backoff", "1s")));
        settings.get("notification-service").put("practiceloop.webhooks.disable-after-failures", "1000000");
        startServices(cluster, bothFeedback);
        if (webhooks != null) {
            io.restassured.RestAssured.given().contentType("application/json")
                    .body("{\"url\": \"" + webhooks.url() + "\", \"eventTypes\": [\"evaluation.accepted\", \"plan.updated\"]}")
                    .post(notificationUrl() + "/api/v1/webhooks").then().statusCode(201);
        }
    }

    /**
     * Each service's instances side by side with the others'; within a service, the first empties
     * its database and the second starts once it is ready (a JVM's start is most of a short run). In a cluster, analysis-service's
     * second instance shows its readiness waiting for its consumer group ({@link ConsumerReadiness}).
     */
    private void startServices(boolean cluster, boolean bothFeedback) {
        // Created one at a time: PostgreSQL refuses concurrent copies of template1.
        List.of(FEEDBACK_DB, ANALYSIS_DB, NOTIFICATION_DB).forEach(system::database);
        List<java.util.concurrent.CompletableFuture<Void>> starting = new ArrayList<>();
        // A thread each: the common pool has a single one on two cores.
        java.util.concurrent.ExecutorService starters = java.util.concurrent.Executors.newFixedThreadPool(3);
        for (String service : List.of("feedback-service", "analysis-service", "notification-service")) {
            services.put(service, java.util.Collections.synchronizedList(new ArrayList<>()));
            starting.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                start(service, database(service), true).awaitReady(READY);
                if (cluster && service.equals("analysis-service")) {
                    consumerReadiness = ConsumerReadiness.ofJoining(this, "analysis-service", "evaluation-submitted",
                            () -> start(service, database(service), false));
                } else if (cluster && (bothFeedback || !service.equals("feedback-service"))) {
                    start(service, database(service), false).awaitReady(READY);
                }
            }, starters));
        }
        try {
            starting.forEach(java.util.concurrent.CompletableFuture::join);
        } finally {
            starters.shutdown();
        }
    }

    /** In a cluster, what a joining analysis-service instance's readiness showed; else null. */
    ConsumerReadiness consumerReadiness() {
        return consumerReadiness;
    }

    /** The coaching platform's endpoint, or null when this run registered none. */
    WebhookReceiver webhooks() {
        return webhooks;
    }

    /** What runs, for the report. */
    String topology() {
        return proxy != null ? "one broker in its own process, behind a NetCrusher TCP proxy"
                : brokers.size() + " nodes in processes of their own, each broker and controller; instances: "
                        + new java.util.TreeMap<>(java.util.stream.Stream.of("feedback-service", "analysis-service",
                                "notification-service").collect(java.util.stream.Collectors.toMap(s -> s, this::instances)));
    }

    /** The operator's key of the admin API, for the hostile requests that reach it. */
    String operatorKey() {
        return operatorKey;
    }

    String feedbackUrl() {
        return services.get("feedback-service").get(0).baseUrl();
    }

    /** The next feedback-service instance in rotation, as a load balancer picks one: every call the next. */
    String routedFeedbackUrl() {
        List<ServiceProcess> instances = services.get("feedback-service");
        for (int tried = 0; tried < instances.size(); tried++) {
            int index = Math.floorMod(nextFeedback.getAndIncrement(), instances.size());
            if (!feedbackDraining.contains(index)) {
                return instances.get(index).baseUrl();
            }
        }
        return instances.get(0).baseUrl();
    }

    String analysisUrl() {
        return services.get("analysis-service").get(0).baseUrl();
    }

    String notificationUrl() {
        return services.get("notification-service").get(0).baseUrl();
    }

    String bootstrapServers() {
        return system.bootstrapServers();
    }

    /** Every running process, named as start.sh names their pid files (analysis-service-2, kafka-3). */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new HashMap<>();
        services.forEach((name, instances) -> {
            for (int i = 0; i < instances.size(); i++) {
                processes.put(instanceName(name, i), instances.get(i).process());
            }
        });
        for (int i = 0; i < brokers.size(); i++) {
            if (brokers.get(i).process() != null) {
                processes.put(instanceName("kafka", i), brokers.get(i).process());
            }
        }
        return processes;
    }

    private static String instanceName(String name, int index) {
        return index == 0 ? name : name + "-" + (index + 1);
    }

    /** Each service instance's answer to GET /q/health/live (0: no answer). */
    Map<String, Integer> liveness() {
        return health("live");
    }

    /** Each service instance's answer to GET /q/health/ready (0: no answer). */
    Map<String, Integer> readiness() {
        return health("ready");
    }

    /**
     * The Prometheus counters named, summed over their tags, per instance of the service
     * ("notification-service-2 practiceloop_emails_sent_total"); an instance that does not
     * answer is left out.
     */
    Map<String, Double> counters(String service, List<String> names) {
        Map<String, Double> values = new java.util.TreeMap<>();
        List<ServiceProcess> instances = services.get(service);
        for (int i = 0; i < instances.size(); i++) {
            String metrics;
            try {
                metrics = io.restassured.RestAssured.given().get(instances.get(i).baseUrl() + "/q/metrics").asString();
            } catch (RuntimeException e) {
                continue;
            }
            for (String name : names) {
                values.put(instanceName(service, i) + " " + name, metrics.lines()
                        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
            }
        }
        return values;
    }

    private Map<String, Integer> health(String check) {
        Map<String, Integer> answers = new java.util.TreeMap<>();
        services.forEach((name, instances) -> {
            for (int i = 0; i < instances.size(); i++) {
                try {
                    answers.put(instanceName(name, i), io.restassured.RestAssured.given()
                            .get(instances.get(i).baseUrl() + "/q/health/" + check).statusCode());
                } catch (RuntimeException e) {
                    answers.put(instanceName(name, i), 0);
                }
            }
        });
        return answers;
    }

    /**
     * SIGKILL of the service's first instance, then that instance started again on its database
     * and consumer group (in a cluster, the other instance takes its partitions meanwhile).
     */
    void killAndRestart(String service, Duration down) throws InterruptedException {
        services.get(service).get(0).kill();
        Thread.sleep(down.toMillis());
        startAgain(service, 0);
    }

    /** How many instances of the service run now. */
    int instances(String service) {
        return services.get(service).size();
    }

    /**
     * Stops one instance as Kubernetes stops a pod on a rollout, SIGTERM and a grace period
     * (a feedback-service instance first leaves the workload's rotation, as a terminating pod
     * leaves its Service's endpoints), then starts it again and waits until it is ready.
     * Returns whether it exited within the grace period.
     */
    boolean terminateAndRestart(String service, int instance) throws InterruptedException {
        boolean feedback = service.equals("feedback-service");
        if (feedback) {
            feedbackDraining.add(instance);
        }
        boolean graceful = services.get(service).get(instance).terminate(TERMINATION_GRACE);
        startAgain(service, instance);
        if (feedback) {
            feedbackDraining.remove(instance);
        }
        return graceful;
    }

    /** One more instance of the service on its database and consumer groups, ready (so holding partitions). */
    void addInstance(String service) {
        start(service, database(service), false).awaitReady(READY);
    }

    private void startAgain(String service, int instance) {
        ServiceProcess restarted = system.start(service, instance, database(service), false, settings.get(service));
        services.get(service).set(instance, restarted);
        restarted.awaitReady(READY);
    }

    private static String database(String service) {
        return switch (service) {
            case "feedback-service" -> FEEDBACK_DB;
            case "analysis-service" -> ANALYSIS_DB;
            default -> NOTIFICATION_DB;
        };
    }

    /** The broker a fault hits: the only one, or in a cluster the first of three. */
    BrokerProcess broker() {
        return brokers.get(0);
    }

    /** Every broker, in node order. */
    List<BrokerProcess> brokers() {
        return brokers;
    }

    /** Stalls every byte between the services and the broker, in both directions, on open connections too. */
    void freezeBroker() {
        if (proxy == null) {
            throw new IllegalStateException("No proxy in front of a cluster's brokers");
        }
        proxy.freeze();
    }

    void unfreezeBroker() {
        proxy.unfreeze();
    }

    void stopSmtp() {
        mailFromEarlierServers.addAll(Arrays.asList(smtp.getReceivedMessages()));
        smtp.stop();
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Everything every SMTP server of this run received. */
    List<MimeMessage> receivedMail() {
        List<MimeMessage> all = new ArrayList<>(mailFromEarlierServers);
        all.addAll(Arrays.asList(smtp.getReceivedMessages()));
        return all;
    }

    /**
     * The machine's PostgreSQL cluster serving the tests' port ({@code PGPORT}, 5432), as
     * "version name" for pg_ctlcluster; null when there is none (an embedded server, another host).
     */
    static String postgresCluster() {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            return null;
        }
        try {
            Process list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
            String output = new String(list.getInputStream().readAllBytes());
            if (list.waitFor() != 0) {
                return null;
            }
            // "15  main    5432 online postgres /var/lib/postgresql/15/main …"
            return output.lines().map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length > 3 && fields[2].equals(port) && fields[3].equals("online"))
                    .map(fields -> fields[0] + " " + fields[1]).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@code action}: "stop -m immediate" (a crash: no checkpoint, clients cut) or "start". */
    void postgres(String... action) throws IOException, InterruptedException {
        String[] cluster = postgresCluster == null ? null : postgresCluster.split(" ");
        if (cluster == null) {
            throw new IllegalStateException("No local PostgreSQL cluster to stop");
        }
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", cluster[0],
                cluster[1]));
        command.addAll(List.of(action));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    PostgresProvisioner.Server postgres() {
        return system.postgres();
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(system.database(database), system.postgres().user(),
                system.postgres().password());
    }

    private static Map<String, String> with(Map<String, String> common, Map<String, String> own) {
        Map<String, String> all = new HashMap<>(common);
        all.putAll(own);
        return all;
    }

    private ServiceProcess start(String service, String database, boolean emptyDatabase) {
        List<ServiceProcess> instances = services.get(service);
        ServiceProcess process = system.start(service, instances.size(), database, emptyDatabase, settings.get(service));
        instances.add(process);
        return process;
    }

    @Override
    public void close() throws Exception {
        try {
            system.close();
        } finally {
            if (proxy != null) {
                proxy.close();
                reactor.close();
            }
            smtp.stop();
            if (webhooks != null) {
                webhooks.close();
            }
        }
    }
}
