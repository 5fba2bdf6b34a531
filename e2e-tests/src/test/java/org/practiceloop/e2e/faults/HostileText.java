package org.practiceloop.e2e.faults;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** The hostile strings and the small helpers that every hostile generator and check shares. */
final class HostileText {

    static final String SCRIPT = "<script>alert('pl')</script>";
    static final List<String> TEXT = List.of(
            SCRIPT, "\"><img src=x onerror=alert(1)>", "'; drop table evaluation; --", "1' or '1'='1",
            "\u0000nul", "\ud800 lone surrogate", "\u202eRTL override", "e\u0301\u0301\u0301 combining",
            "\ufeffBOM", "🙂🙂 emoji", "${jndi:ldap://x/a}", "{inject}", "{#each x}{/each}", "%s%n%x",
            "../../etc/passwd", "\r\nX-Injected: 1", "   ", "");

    private HostileText() {
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** One line of at most 80 characters, for the report. */
    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "… (" + text.length() + " chars)";
    }
}
