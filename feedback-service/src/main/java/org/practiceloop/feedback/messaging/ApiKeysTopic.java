package org.practiceloop.feedback.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.practiceloop.common.auth.ApiKeyChanged;

/**
 * Makes sure {@code api-keys} is a compacted topic, so that it keeps the latest change of every
 * key forever (a new service replica reads them all) and nothing else. Whoever created the topic
 * first (a consumer's auto-creation, an operator), its cleanup policy ends up {@code compact}.
 * A broker that is down is not fatal here: key changes wait in the outbox.
 */
@ApplicationScoped
public class ApiKeysTopic {

    private static final Logger LOG = Logger.getLogger(ApiKeysTopic.class);

    void ensureCompacted(@Observes StartupEvent start,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            if (!topics.contains(ApiKeyChanged.TOPIC)) {
                try {
                    admin.createTopics(List.of(new NewTopic(ApiKeyChanged.TOPIC, Optional.of(1), Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                            .all().get(10, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    } // created meanwhile by a consumer: check its policy below
                }
            }
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, ApiKeyChanged.TOPIC);
            String policy = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                        AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
                LOG.infof("Topic %s was %s; set to compact", ApiKeyChanged.TOPIC, policy);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("Could not make sure topic %s is compacted (%s); key changes still go out through the outbox",
                    ApiKeyChanged.TOPIC, e.toString());
        }
    }
}
