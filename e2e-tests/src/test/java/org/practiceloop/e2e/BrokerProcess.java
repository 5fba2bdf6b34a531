package org.practiceloop.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.practiceloop.devinfra.KafkaBroker;

/**
 * An Apache Kafka broker (KRaft) in a process of its own, started by deploy/local/kafka.sh as the
 * local stack starts it, so that it can be killed with SIGKILL and started again on its data:
 * alone, or as one node of a three-node cluster ({@link KafkaCluster}).
 */
public final class BrokerProcess implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final int advertisedPort;
    /** The kafka.sh function that starts this node, and its arguments after the data folder. */
    private final List<String> launch;
    private ProcessHandle process;

    private BrokerProcess(Path directory, int port, int advertisedPort, List<String> launch) {
        this.directory = directory;
        this.port = port;
        this.advertisedPort = advertisedPort;
        this.launch = launch;
    }

    /** {@code advertisedPort}: where clients connect (a proxy in front of it), or 0 for the broker's own port. */
    public static BrokerProcess start(Path directory, int advertisedPort) {
        int port = KafkaBroker.freePort();
        BrokerProcess broker = new BrokerProcess(directory, port, advertisedPort, List.of("start_kraft_broker",
                String.valueOf(port), String.valueOf(KafkaBroker.freePort()), directory.resolve("broker.log").toString(),
                String.valueOf(advertisedPort == 0 ? port : advertisedPort)));
        broker.startAgain();
        return broker;
    }

    /** Node {@code node} of a cluster whose controllers are {@code voters} (1@127.0.0.1:port,…); not started yet. */
    static BrokerProcess clusterNode(Path directory, int node, int port, int controllerPort, String voters,
            String clusterId) {
        return new BrokerProcess(directory, port, 0, List.of("start_kraft_cluster_node", String.valueOf(node),
                String.valueOf(port), String.valueOf(controllerPort), voters, clusterId,
                directory.resolve("broker.log").toString()));
    }

    public synchronized void startAgain() {
        startProcess();
        awaitListening();
    }

    /** Starts the process without waiting: a cluster node listens only once a quorum of controllers runs. */
    public synchronized void startProcess() {
        Path script = TestSystem.ROOT.resolve("deploy/local/kafka.sh");
        if (!Files.isDirectory(TestSystem.ROOT.resolve("deploy/local/target/kafka"))) {
            throw new IllegalStateException("deploy/local/target/kafka is missing: build the local-stack module first");
        }
        try {
            List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$1\" && \"${@:2}\"", "start-broker",
                    script.toString(), launch.get(0), directory.toString()));
            command.addAll(launch.subList(1, launch.size()));
            Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!launcher.waitFor(60, TimeUnit.SECONDS) || launcher.exitValue() != 0) {
                throw new IllegalStateException("Could not start the broker: " + output);
            }
            long pid = Long.parseLong(output.substring(output.lastIndexOf('\n') + 1).trim());
            process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("The broker exited at once"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void awaitListening() {
        Awaitility.await("the broker listening").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(this::listening);
    }

    /** SIGKILL, as when the broker's machine dies: no controlled shutdown, no flush. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            process.onExit().join();
            process = null;
        }
    }

    public ProcessHandle process() {
        return process;
    }

    /** The broker's own listener, for a proxy to connect to. */
    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + bootstrapPort();
    }

    private int bootstrapPort() {
        return advertisedPort == 0 ? port : advertisedPort;
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            process.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
            kill();
        }
    }
}
