package org.practiceloop.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;
import org.practiceloop.devinfra.KafkaBroker;

/**
 * Three Kafka nodes (KRaft, each broker and controller, one quorum) in processes of their own,
 * started as {@code deploy/local/start.sh --brokers 3} starts them; any one can be killed.
 */
public final class KafkaCluster implements AutoCloseable {

    private final List<BrokerProcess> nodes = new ArrayList<>();

    private KafkaCluster(Path directory, int size) throws IOException {
        List<Integer> ports = new ArrayList<>();
        List<Integer> controllerPorts = new ArrayList<>();
        StringBuilder voters = new StringBuilder();
        for (int node = 1; node <= size; node++) {
            ports.add(KafkaBroker.freePort());
            controllerPorts.add(KafkaBroker.freePort());
            voters.append(node == 1 ? "" : ",").append(node).append("@127.0.0.1:").append(controllerPorts.get(node - 1));
        }
        String clusterId = Uuid.randomUuid().toString();
        for (int node = 1; node <= size; node++) {
            nodes.add(BrokerProcess.clusterNode(Files.createDirectories(directory.resolve("node-" + node)), node,
                    ports.get(node - 1), controllerPorts.get(node - 1), voters.toString(), clusterId));
        }
    }

    public static KafkaCluster start(Path directory, int size) throws IOException {
        KafkaCluster cluster = new KafkaCluster(directory, size);
        cluster.nodes.forEach(BrokerProcess::startProcess);
        cluster.nodes.forEach(BrokerProcess::awaitListening);
        return cluster;
    }

    public List<BrokerProcess> nodes() {
        return nodes;
    }

    public String bootstrapServers() {
        return nodes.stream().map(BrokerProcess::bootstrapServers).collect(Collectors.joining(","));
    }

    /**
     * SIGKILL, every node at once: the cluster's data is thrown away, and a node stopped
     * gracefully after the others waits out its controlled shutdown without a controller quorum.
     */
    @Override
    public void close() {
        nodes.forEach(BrokerProcess::kill);
    }
}
