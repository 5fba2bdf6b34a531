package org.practiceloop.common.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * The topics a service produces or consumes, and the shape the deployment gives them: created
 * at start-up when missing ({@link KafkaTopics}), never left to the broker's defaults.
 */
@ConfigMapping(prefix = "practiceloop.kafka")
public interface KafkaTopicsConfig {

    /** Partitions of every topic: the most instances of one consumer group that get work. */
    @WithDefault("6")
    int partitions();

    /** Copies of every partition: 1 on one broker, 3 on a three-broker cluster. */
    @WithDefault("1")
    short replicationFactor();

    /** Copies that must have a record before the broker acknowledges it ({@code acks=all}): 2 of 3. */
    @WithDefault("1")
    int minInsyncReplicas();

    /** The topics this service uses, its dead-letter topics included. */
    Set<String> topics();

    /** Topics kept compacted (the latest record per key, forever); created along with {@link #topics()}. */
    Set<String> compacted();
}
