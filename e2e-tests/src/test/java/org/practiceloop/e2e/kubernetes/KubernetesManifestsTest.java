package org.practiceloop.e2e.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practiceloop.e2e.TestSystem;

/**
 * deploy/kubernetes, checked offline since no cluster runs here: every document is a kind we use
 * with the fields its API requires, and the documents agree with each other and with the
 * services' configuration (topic names and shapes, consumer groups, selectors, replica bounds).
 */
class KubernetesManifestsTest {

    private static final Path DIR = TestSystem.ROOT.resolve("deploy/kubernetes");
    private static final Manifests MANIFESTS = Manifests.readAll(DIR);
    private static final List<String> SERVICES = List.of("feedback-service", "analysis-service", "notification-service");
    private static final String DNS_NAME = "[a-z0-9]([-a-z0-9.]*[a-z0-9])?";

    /** The kinds used, and what each API refuses a document without (JSON pointers; ~1 is a slash). */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "v1/Namespace", List.of(),
            "v1/ConfigMap", List.of("/data"),
            "v1/Service", List.of("/spec/selector", "/spec/ports/0/port"),
            "apps/v1/Deployment", List.of("/spec/selector/matchLabels", "/spec/template/metadata/labels",
                    "/spec/template/spec/containers/0/name", "/spec/template/spec/containers/0/image",
                    "/spec/template/spec/containers/0/resources/requests/memory",
                    "/spec/template/spec/containers/0/resources/limits/memory",
                    "/spec/template/spec/containers/0/readinessProbe/httpGet/path"),
            "policy/v1/PodDisruptionBudget", List.of("/spec/selector/matchLabels"),
            "keda.sh/v1alpha1/ScaledObject", List.of("/spec/scaleTargetRef/name", "/spec/minReplicaCount",
                    "/spec/maxReplicaCount", "/spec/triggers/0/type", "/spec/triggers/0/metadata"),
            "kafka.strimzi.io/v1beta2/Kafka", List.of("/spec/kafka/listeners/0/name", "/spec/kafka/listeners/0/port",
                    "/spec/kafka/listeners/0/type", "/spec/kafka/listeners/0/tls"),
            "kafka.strimzi.io/v1beta2/KafkaNodePool", List.of("/metadata/labels/strimzi.io~1cluster", "/spec/replicas",
                    "/spec/roles/0", "/spec/storage/type"),
            "kafka.strimzi.io/v1beta2/KafkaTopic", List.of("/metadata/labels/strimzi.io~1cluster", "/spec/partitions",
                    "/spec/replicas"));

    @Test
    void everyDocumentIsAKindWeUseWithItsRequiredFieldsAndKustomizeAppliesEveryFile() throws IOException {
        assertThat(MANIFESTS.documents()).hasSizeGreaterThan(20);
        for (JsonNode doc : MANIFESTS.documents()) {
            String kind = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
            assertThat(REQUIRED).as("a kind we use").containsKey(kind);
            assertThat(Manifests.name(doc)).as(kind).matches(DNS_NAME).hasSizeLessThanOrEqualTo(253);
            assertThat(REQUIRED.get(kind)).as("%s %s", kind, Manifests.name(doc))
                    .allSatisfy(pointer -> assertThat(doc.at(pointer).isMissingNode()).as(pointer).isFalse());
        }
        JsonNode kustomization = new YAMLMapper().readTree(DIR.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(listed).isEqualTo(files.filter(Manifests::isResource).map(f -> f.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void theTopicsAreTheServicesTopicsShapedAsTheirConfigurationSays() {
        JsonNode config = MANIFESTS.find("ConfigMap", "practiceloop-config").orElseThrow().path("data");
        JsonNode kafka = MANIFESTS.ofKind("Kafka").get(0);
        String cluster = Manifests.name(kafka);
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText()).isEqualTo("enabled");
        JsonNode plain = kafka.at("/spec/kafka/listeners/0");
        assertThat(config.path("KAFKA_BOOTSTRAP_SERVERS").asText())
                .isEqualTo(cluster + "-kafka-bootstrap:" + plain.path("port").asInt());
        int brokers = MANIFESTS.ofKind("KafkaNodePool").stream()
                .filter(pool -> pool.at("/metadata/labels/strimzi.io~1cluster").asText().equals(cluster))
                .filter(pool -> pool.at("/spec/roles").toString().contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt()).sum();

        Set<String> used = new TreeSet<>();
        Set<String> compacted = new HashSet<>();
        for (String service : SERVICES) {
            ServiceProperties properties = ServiceProperties.of(TestSystem.ROOT, service);
            used.addAll(properties.topics());
            compacted.addAll(properties.list("practiceloop.kafka.compacted"));
        }
        Map<String, JsonNode> topics = MANIFESTS.byName("KafkaTopic");
        assertThat(topics.keySet()).as("a KafkaTopic for every topic a service uses, and no other").isEqualTo(used);
        int partitions = config.path("PRACTICELOOP_KAFKA_PARTITIONS").asInt();
        int replicas = config.path("PRACTICELOOP_KAFKA_REPLICATION_FACTOR").asInt();
        int minInsync = config.path("PRACTICELOOP_KAFKA_MIN_INSYNC_REPLICAS").asInt();
        assertThat(replicas).as("copies, on distinct brokers").isLessThanOrEqualTo(brokers).isGreaterThan(minInsync);
        assertThat(minInsync).as("acknowledged writes survive losing a broker").isGreaterThanOrEqualTo(2);
        topics.forEach((name, topic) -> {
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).as(name).isEqualTo(cluster);
            assertThat(topic.at("/spec/partitions").asInt()).as(name).isEqualTo(partitions);
            assertThat(topic.at("/spec/replicas").asInt()).as(name).isEqualTo(replicas);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(name).isEqualTo(minInsync);
            assertThat(topic.at("/spec/config/cleanup.policy").asText("delete")).as(name)
                    .isEqualTo(compacted.contains(name) ? "compact" : "delete");
        });
    }

    @Test
    void autoscalersFollowTheConsumersGroupsAndStopAtThePartitionCount() {
        JsonNode config = MANIFESTS.find("ConfigMap", "practiceloop-config").orElseThrow().path("data");
        Map<String, JsonNode> topics = MANIFESTS.byName("KafkaTopic");
        List<JsonNode> scaledObjects = MANIFESTS.ofKind("ScaledObject");
        assertThat(scaledObjects).extracting(Manifests::name)
                .containsExactlyInAnyOrder("analysis-service", "notification-service");
        for (JsonNode scaled : scaledObjects) {
            String service = scaled.at("/spec/scaleTargetRef/name").asText();
            assertThat(MANIFESTS.find("Deployment", service)).as("scales a Deployment of ours").isPresent();
            Map<String, String> consumed = ServiceProperties.of(TestSystem.ROOT, service).consumedTopics();
            Map<String, String> triggered = new TreeMap<>();
            for (JsonNode trigger : scaled.at("/spec/triggers")) {
                assertThat(trigger.path("type").asText()).isEqualTo("kafka");
                JsonNode metadata = trigger.path("metadata");
                String topic = metadata.path("topic").asText();
                triggered.put(topic, metadata.path("consumerGroup").asText());
                assertThat(metadata.path("bootstrapServers").asText()).isEqualTo(config.path("KAFKA_BOOTSTRAP_SERVERS")
                        .asText());
                assertThat(topics).as("%s's trigger topic", service).containsKey(topic);
                assertThat(scaled.at("/spec/maxReplicaCount").asInt())
                        .as("%s: more consumers than partitions of %s would idle", service, topic)
                        .isLessThanOrEqualTo(topics.get(topic).at("/spec/partitions").asInt())
                        .isGreaterThanOrEqualTo(scaled.at("/spec/minReplicaCount").asInt());
            }
            assertThat(triggered).as("%s: a trigger per consumed topic, on the group that consumes it", service)
                    .isEqualTo(consumed);
        }
    }

    @Test
    void everyDeploymentHasADisruptionBudgetAndAServiceSelectingExactlyItsPods() {
        Map<String, JsonNode> deployments = MANIFESTS.byName("Deployment");
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String kind : List.of("PodDisruptionBudget", "Service")) {
            Map<String, JsonNode> selecting = MANIFESTS.byName(kind);
            assertThat(selecting.keySet()).as(kind).isEqualTo(deployments.keySet());
            selecting.forEach((name, doc) -> {
                Map<String, String> selector = Manifests.strings(kind.equals("Service")
                        ? doc.at("/spec/selector") : doc.at("/spec/selector/matchLabels"));
                assertThat(selector).as("%s %s", kind, name).isNotEmpty();
                deployments.forEach((deploymentName, deployment) -> assertThat(
                        Manifests.podLabels(deployment).entrySet().containsAll(selector.entrySet()))
                        .as("%s %s selects the pods of %s", kind, name, deploymentName)
                        .isEqualTo(deploymentName.equals(name)));
            });
        }
        deployments.forEach((name, deployment) -> {
            assertThat(Manifests.podLabels(deployment)).as(name)
                    .containsAllEntriesOf(Manifests.strings(deployment.at("/spec/selector/matchLabels")));
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
            assertThat(mebibytes(container.at("/resources/requests/memory").asText())).as(name)
                    .isLessThanOrEqualTo(mebibytes(container.at("/resources/limits/memory").asText()));
        });
        assertThat(MANIFESTS.byName("PodDisruptionBudget").values())
                .allSatisfy(budget -> assertThat(budget.at("/spec/maxUnavailable").asInt()).isEqualTo(1));
    }

    private static int mebibytes(String quantity) {
        assertThat(quantity).matches("\\d+(Mi|Gi)");
        int amount = Integer.parseInt(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? amount * 1024 : amount;
    }
}
