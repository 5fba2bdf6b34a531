package org.practiceloop.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.kafka.KafkaTopics;

/**
 * The service's topics exist with the deployment's partitions, not the broker's default (3 on the
 * test broker, dev-infra KafkaBroker), before any consumer could create them.
 */
@QuarkusTest
class KafkaTopicsTest {

    private static final List<String> TOPICS = List.of("evaluation-submitted", "api-keys",
            "dead-letter-topic-api-keys-feedback");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    KafkaTopics topics;

    @Test
    void everyTopicOfTheServiceHasTheConfiguredPartitionsAndInSyncMinimum() throws Exception {
        try (Admin admin = admin()) {
            Map<String, TopicDescription> described = admin.describeTopics(TOPICS).allTopicNames().get();
            assertThat(described.values()).allSatisfy(topic -> {
                assertThat(topic.partitions()).as(topic.name()).hasSize(6);
                assertThat(topic.partitions().get(0).replicas()).as(topic.name()).hasSize(1);
            });
            for (String name : TOPICS) {
                ConfigEntry minInsync = config(admin, name).get("min.insync.replicas");
                assertThat(minInsync.source()).as("%s: set on the topic, not inherited", name)
                        .isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
                assertThat(minInsync.value()).isEqualTo("1");
            }
        }
    }

    @Test
    void runningAgainCreatesNothingAndCompactsTheKeysTopicAgain() throws Exception {
        try (Admin admin = admin()) {
            ConfigResource keys = new ConfigResource(ConfigResource.Type.TOPIC, "api-keys");
            admin.incrementalAlterConfigs(Map.of(keys, List.of(new AlterConfigOp(
                    new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET)))).all().get();

            assertThat(topics.ensure()).as("every topic exists already").isEmpty();

            // A broker's answer can lag an alteration just committed.
            Awaitility.await("api-keys compacted again").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> config(admin, "api-keys").get("cleanup.policy").value(), "compact"::equals);
            assertThat(admin.describeTopics(TOPICS).allTopicNames().get().values())
                    .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()));
    }

    private static Config config(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
