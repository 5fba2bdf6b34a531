package org.practiceloop.e2e.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A service's configuration as it runs: its application.properties over common's defaults, with
 * ${…} references resolved (environment defaults, ${NAME:default}, resolve to their default).
 */
final class ServiceProperties {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private final Properties properties = new Properties();

    private ServiceProperties(Path root, String service) {
        load(root.resolve("common/src/main/resources/META-INF/microprofile-config.properties"));
        load(root.resolve("outbox/src/main/resources/META-INF/microprofile-config.properties"));
        load(root.resolve(service + "/src/main/resources/application.properties"));
    }

    static ServiceProperties of(Path root, String service) {
        return new ServiceProperties(root, service);
    }

    String get(String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is not configured");
        }
        return resolve(value);
    }

    /** The topics the service creates at start-up (common KafkaTopics): practiceloop.kafka.topics and .compacted. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>(list("practiceloop.kafka.topics"));
        topics.addAll(list("practiceloop.kafka.compacted"));
        return topics;
    }

    /** Topic → consumer group of every incoming Kafka channel but api-keys (each service reads it as itself). */
    java.util.Map<String, String> consumedTopics() {
        java.util.Map<String, String> groups = new java.util.TreeMap<>();
        Pattern channelTopic = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
        for (String name : properties.stringPropertyNames()) {
            Matcher channel = channelTopic.matcher(name);
            if (channel.matches() && !channel.group(1).equals("api-keys")) {
                groups.put(get(name), get("mp.messaging.incoming." + channel.group(1) + ".group.id"));
            }
        }
        return groups;
    }

    Set<String> list(String name) {
        return Arrays.stream(get(name).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private String resolve(String value) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String referenced = properties.getProperty(reference.group(1));
            String replacement = referenced != null ? resolve(referenced)
                    : reference.group(2) != null ? reference.group(2) : reference.group();
            reference.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(resolved).toString();
    }

    private void load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
