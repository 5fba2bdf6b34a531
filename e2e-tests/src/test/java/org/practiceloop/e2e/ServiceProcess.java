package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** One packaged service (target/quarkus-app/quarkus-run.jar) running as its own JVM. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    private static final AtomicInteger STARTS = new AtomicInteger();

    /** {@code port}: where it listens; a restarted service keeps its port, so the services that call it still reach it. */
    static ServiceProcess start(Path repositoryRoot, String name, int port, Map<String, String> properties) {
        Path jar = repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.console.json.enabled=false"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            // Numbered: a restarted service keeps the first run's log.
            Path log = repositoryRoot.resolve("e2e-tests/target/" + name + "-" + port + "-" + STARTS.incrementAndGet()
                    + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ServiceProcess(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public void awaitReady(Duration timeout) {
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited; see " + log);
                        }
                        return given().get(baseUrl() + "/q/health/ready").statusCode() == 200;
                    });
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + " did not become ready; see " + log, e);
        }
    }

    /** SIGKILL: no shutdown hook, no graceful drain, as when a node dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code grace}; whether it exited by itself in time. */
    public boolean terminate(Duration grace) throws InterruptedException {
        process.destroy();
        if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        terminate(Duration.ofSeconds(20));
    }

    /** SIGTERM to every one at once, so their graceful shutdowns run side by side; SIGKILL for any still running after {@code grace}. */
    public static void terminateAll(List<ServiceProcess> services, Duration grace) throws InterruptedException {
        services.forEach(service -> service.process.destroy());
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServiceProcess service : services) {
            if (!service.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                service.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
