package org.practiceloop.e2e.faults;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.practiceloop.e2e.ServiceProcess;

/**
 * Readiness that waits for the consumer group (issue #20, deploy/kubernetes): a member of the
 * group that stops polling holds up the group's next rebalance, so an instance started meanwhile
 * runs and answers HTTP while its consumers hold no partition. Its {@code /q/health/ready} must be
 * DOWN, for its messaging check alone, until that member leaves and the group takes the instance
 * in; then UP, with partitions assigned.
 */
record ConsumerReadiness(List<Invariants.Check> checks, String details) {

    private static final String ASSIGNED = "kafka_consumer_coordinator_assigned_partitions";

    /** {@code start}: starts the service's next instance (its second, named {@code service}-2). */
    static ConsumerReadiness ofJoining(FaultHarness harness, String service, String topic,
            Supplier<ServiceProcess> start) {
        Properties settings = new Properties();
        settings.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, harness.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, service,
                ConsumerConfig.CLIENT_ID_CONFIG, "readiness-probe",
                // It reads nothing for the group: no offset of its may move.
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // A member that stops polling stays in the group this long: longer than an instance's start.
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "180000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        String instance = service + "-2";
        ServiceProcess joining;
        Response whileHeldUp;
        Map<String, Double> assignedWhileHeldUp;
        try (KafkaConsumer<String, String> silent = new KafkaConsumer<>(settings)) {
            silent.subscribe(List.of(topic));
            // The consumer is not for several threads: polled from this one only.
            Awaitility.await("the probe in the group").atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                silent.poll(Duration.ofMillis(200));
                return !silent.assignment().isEmpty();
            });
            joining = start.get();
            whileHeldUp = Awaitility.await(instance + " answering HTTP").atMost(FaultHarness.READY)
                    .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> RestAssured.given().get(joining.baseUrl() + "/q/health/ready"), r -> r != null);
            assignedWhileHeldUp = harness.counters(service, List.of(ASSIGNED));
        } // closed: the probe leaves the group, whose rebalance can now complete
        joining.awaitReady(FaultHarness.READY);
        Map<String, Double> assignedWhenReady = harness.counters(service, List.of(ASSIGNED));
        List<String> down = whileHeldUp.jsonPath().getList("checks.findAll { it.status == 'DOWN' }.name", String.class);
        // The channel's own line ("[KO] - …"): not an outgoing channel still unconnected.
        String channel = whileHeldUp.jsonPath().getString("checks.find { it.name.contains('Messaging') }.data.'" + topic + "'");
        double heldUp = assignedWhileHeldUp.getOrDefault(instance + " " + ASSIGNED, -1.0);
        double ready = assignedWhenReady.getOrDefault(instance + " " + ASSIGNED, 0.0);
        List<Invariants.Check> checks = List.of(
                new Invariants.Check("an instance its consumer group has not taken in is not ready: GET /q/health/ready "
                        + "503, only its messaging check DOWN, the consumer's channel KO, no partition assigned",
                        whileHeldUp.statusCode() == 503 && !down.isEmpty()
                                && down.stream().allMatch(name -> name.contains("Messaging"))
                                && channel != null && channel.startsWith("[KO]") && heldUp == 0,
                        instance + " answered " + whileHeldUp.statusCode() + ", DOWN: " + down + ", " + topic + ": "
                                + channel + ", partitions assigned: " + heldUp),
                new Invariants.Check("the same instance ready once the group took it in, holding partitions",
                        ready > 0, instance + " ready (200), partitions assigned: " + ready));
        return new ConsumerReadiness(checks, "While a member of the `" + service + "` group stopped polling (so the "
                + "rebalance " + instance + "'s start began could not complete), its readiness answered:\n\n```\n"
                + whileHeldUp.asString() + "\n```\n");
    }
}
