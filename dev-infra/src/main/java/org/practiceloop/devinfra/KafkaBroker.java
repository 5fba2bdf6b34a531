package org.practiceloop.devinfra;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft) running inside this JVM, on free loopback ports. It can
 * be stopped and started again on the same ports with the same data, like a broker restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private final int kafkaPort = freePort();
    private final int controllerPort = freePort();
    private final String clusterId = Uuid.randomUuid().toString();
    private final Path logDir;
    private EmbeddedKafkaBroker broker;

    private KafkaBroker() {
        try {
            logDir = Files.createTempDirectory("practiceloop-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KafkaBroker start() {
        KafkaBroker broker = new KafkaBroker();
        broker.restart();
        return broker;
    }

    /** Starts the broker again after {@link #stop()}; what it stored before is still there. */
    public synchronized void restart() {
        if (broker != null) {
            return;
        }
        broker = new EmbeddedKafkaBroker()
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> {
                    props.put("log.dirs", logDir.toString());
                    props.put("num.partitions", "3");
                    props.put("group.initial.rebalance.delay.ms", "0");
                    props.put("auto.create.topics.enable", "true");
                })
                .start();
    }

    /** Shuts the broker down, as an outage would; clients see it unreachable until {@link #restart()}. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
