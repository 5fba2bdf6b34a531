package org.practiceloop.analysis.service.classifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/**
 * Reads labelled items in the project's JSON Lines format ({@code id, text, label, reason, theme});
 * {@code reason} may be absent, as in PRODUCT.md's dev file.
 */
public final class LabelledSet {

    /** The part the classifier is trained on; {@code labelled/test.jsonl} is held out for evaluation. */
    public static final String TRAIN = "labelled/train.jsonl";
    public static final String TEST = "labelled/test.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledSet() {
    }

    public static List<LabelledItem> fromClasspath(String resource) {
        InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Labelled set " + resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<LabelledItem> fromFile(Path file) {
        try {
            return parse(Files.readAllLines(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LabelledItem> parse(List<String> lines, String source) {
        return lines.stream().filter(line -> !line.isBlank()).map(line -> {
            try {
                JsonNode node = JSON.readTree(line);
                return new LabelledItem(node.path("id").asText(), node.path("text").asText(),
                        Label.valueOf(node.path("label").asText().toUpperCase(Locale.ROOT)),
                        constant(Reason.class, node.path("reason")), constant(Theme.class, node.path("theme")));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Bad labelled item in " + source + ": " + line, e);
            }
        }).toList();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node) {
        return node.isTextual() ? Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT)) : null;
    }
}
