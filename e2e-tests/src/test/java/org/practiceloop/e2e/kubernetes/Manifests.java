package org.practiceloop.e2e.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every document of deploy/kubernetes, as kustomize would read them, with lookups by kind and name. */
record Manifests(Path dir, List<JsonNode> documents) {

    static Manifests readAll(Path dir) {
        YAMLMapper yaml = new YAMLMapper();
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Manifests::isResource).sorted().toList()) {
                try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
                    docs.readAll().stream().filter(doc -> !doc.isNull() && !doc.isEmpty()).forEach(documents::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(dir, documents);
    }

    /** A file kustomize applies: every YAML file but the kustomization itself. */
    static boolean isResource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.equals("kustomization.yaml");
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(doc -> name.equals(name(doc))).findFirst();
    }

    Map<String, JsonNode> byName(String kind) {
        return ofKind(kind).stream().collect(Collectors.toMap(Manifests::name, doc -> doc));
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    /** The labels of a Deployment's pods. */
    static Map<String, String> podLabels(JsonNode deployment) {
        return strings(deployment.at("/spec/template/metadata/labels"));
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new java.util.TreeMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
