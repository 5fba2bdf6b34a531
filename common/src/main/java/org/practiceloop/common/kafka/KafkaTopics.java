package org.practiceloop.common.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the service's topics that do not exist yet with the configured partitions, replication
 * and {@code min.insync.replicas}, and keeps the compacted ones compacted. Runs before the
 * messaging channels start (their priority is 1000), so no consumer's subscription creates a
 * topic with the broker's defaults first. Topics that exist are not resized: more partitions
 * would move keys to other partitions, and a candidate's events would lose their order.
 */
@ApplicationScoped
public class KafkaTopics {

    private static final Logger LOG = Logger.getLogger(KafkaTopics.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final KafkaTopicsConfig config;
    private final String bootstrapServers;

    KafkaTopics(KafkaTopicsConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** A broker that is down is not fatal: events wait in the outbox, consumers retry. */
    void atStartup(@Observes @Priority(500) StartupEvent start) {
        try {
            Set<String> created = ensure();
            if (!created.isEmpty()) {
                LOG.infof("Created topics %s (%d partitions, replication %d)", created, config.partitions(),
                        config.replicationFactor());
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Could not check the Kafka topics %s (%s); the broker's defaults apply to any it creates",
                    wanted(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Creates what is missing and compacts what should be; returns the topics it created. */
    public Set<String> ensure() throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Set<String> created = new TreeSet<>();
            for (String topic : wanted()) {
                if (!existing.contains(topic) && create(admin, topic)) {
                    created.add(topic);
                }
            }
            Set<String> present = new HashSet<>(wanted());
            present.removeAll(created);
            warnAboutFewerPartitions(admin, present);
            for (String topic : config.compacted()) {
                if (present.contains(topic)) {
                    keepCompacted(admin, topic);
                }
            }
            return created;
        }
    }

    private Set<String> wanted() {
        Set<String> topics = new TreeSet<>(config.topics());
        topics.addAll(config.compacted());
        return topics;
    }

    /** False when another instance created it meanwhile. */
    private boolean create(Admin admin, String topic) throws ExecutionException, InterruptedException,
            TimeoutException {
        Map<String, String> settings = config.compacted().contains(topic)
                ? Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(config.minInsyncReplicas()),
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(config.minInsyncReplicas()));
        try {
            admin.createTopics(List.of(new NewTopic(topic, config.partitions(), config.replicationFactor())
                    .configs(settings))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    private void warnAboutFewerPartitions(Admin admin, Set<String> topics) throws ExecutionException,
            InterruptedException, TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        described.values().stream().filter(topic -> topic.partitions().size() < config.partitions())
                .forEach(topic -> LOG.warnf("Topic %s has %d partitions, fewer than the %d configured: at most %d "
                        + "instances of a consumer get work; add partitions only while the topic is drained "
                        + "(docs/operators.md)", topic.name(), topic.partitions().size(), config.partitions(),
                        topic.partitions().size()));
    }

    /**
     * Whoever created the topic first (an operator, an older release), its policy ends up compact.
     * Set every time rather than read first: a broker answers describeConfigs from its metadata
     * cache, which can lag an alteration just committed, and setting the same value is a no-op.
     */
    private void keepCompacted(Admin admin, String topic) throws ExecutionException, InterruptedException,
            TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                AlterConfigOp.OpType.SET)))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
