package org.practiceloop.e2e.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the system still has to do: consumer lag of each service's group on the topics it reads,
 * unpublished outbox rows, plan emails and webhook posts not yet sent, and partitions still short
 * of an in-sync copy. Zero everywhere means drained.
 */
final class Backlog implements AutoCloseable {

    private static final Map<String, List<String>> GROUP_TOPICS = Map.of(
            "analysis-service", List.of("evaluation-submitted"),
            "notification-service", List.of("action-plan-updated", "evaluation-submitted"));

    private final FaultHarness harness;
    private final Admin admin;

    Backlog(FaultHarness harness) {
        this.harness = harness;
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harness.bootstrapServers());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        this.admin = Admin.create(config);
    }

    /** Consumer lag per group, outbox rows per service and emails to send; null where it cannot be read now. */
    Map<String, Long> read() {
        // Upstream first: an event published between the two readings then shows up as lag
        // instead of slipping through both.
        Map<String, Long> backlog = new HashMap<>();
        backlog.put("outbox feedback-service", count(FaultHarness.FEEDBACK_DB,
                "select count(*) from outbox_message where published_at is null"));
        backlog.put("outbox analysis-service", count(FaultHarness.ANALYSIS_DB,
                "select count(*) from outbox_message where published_at is null"));
        backlog.put("emails to send", count(FaultHarness.NOTIFICATION_DB,
                "select count(*) from plan_email where status in ('PENDING', 'SENDING')"));
        backlog.put("webhooks to send", count(FaultHarness.NOTIFICATION_DB,
                "select count(*) from webhook_delivery where status in ('PENDING', 'SENDING')"));
        GROUP_TOPICS.forEach((group, topics) -> backlog.put("lag " + group, lag(group, topics)));
        backlog.put("partitions short of a copy", underReplicated());
        return backlog;
    }

    /** Partitions of the pipeline's topics whose in-sync replicas are fewer than their copies (a broker down or catching up). */
    private Long underReplicated() {
        try {
            return admin.describeTopics(List.of("evaluation-submitted", "action-plan-updated", "api-keys")).allTopicNames()
                    .get(5, TimeUnit.SECONDS).values().stream().flatMap(topic -> topic.partitions().stream())
                    .filter(partition -> partition.isr().size() < partition.replicas().size()).count();
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Waits until everything reads zero twice in a row, half a second apart; returns how long it
     * took until the first of the two, or null if that did not happen in time.
     */
    Duration awaitDrained(Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        Long firstZero = null;
        while (System.nanoTime() < deadline) {
            if (read().values().stream().allMatch(value -> value != null && value == 0)) {
                if (firstZero != null) {
                    return Duration.ofNanos(firstZero - started);
                }
                firstZero = System.nanoTime();
            } else {
                firstZero = null;
            }
            Thread.sleep(500);
        }
        return null;
    }

    private Long lag(String group, List<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> ends.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(ends).all()
                    .get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : latest.entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                lag += Math.max(0, end.getValue().offset() - (position == null ? 0 : position.offset()));
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Long count(String database, String sql) {
        try (Connection connection = harness.connect(database);
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
