package org.practiceloop.e2e.faults;

import static org.practiceloop.e2e.faults.HostileText.pick;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/** What attacks a URL: hostile path segments and query values (ids, cursors, tokens, limits). */
final class HostileUrls {

    private HostileUrls() {
    }

    /** A hostile path or query value, percent-encoded so that it reaches the service as text. */
    static String value(Random random) {
        String value = switch (random.nextInt(5)) {
            case 0 -> pick(HostileText.TEXT, random);
            case 1 -> "z".repeat(random.nextBoolean() ? 101 : 5000);
            case 2 -> UUID.randomUUID().toString();
            case 3 -> String.valueOf(random.nextInt() * (random.nextBoolean() ? 1L : 1_000_000_000L));
            default -> "../" + pick(HostileText.TEXT, random);
        };
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
