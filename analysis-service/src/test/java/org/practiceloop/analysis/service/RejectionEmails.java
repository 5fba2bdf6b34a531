package org.practiceloop.analysis.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The rejection emails written for this project (src/test/resources/rejection-emails), by file name. */
final class RejectionEmails {

    private static final Path FOLDER = Path.of("src/test/resources/rejection-emails");

    private RejectionEmails() {
    }

    static Map<String, String> all() {
        Map<String, String> emails = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.sorted().toList()) {
                emails.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return emails;
    }
}
