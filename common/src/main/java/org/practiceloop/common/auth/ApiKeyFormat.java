package org.practiceloop.common.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceloop.common.crypto.Sha256;

/**
 * API keys look like {@code pl_<key id>_<secret>}: the key id (12 hex characters) is visible in
 * logs and lists; the secret is 256 random bits. Only the SHA-256 of the whole key is stored,
 * which is enough for random keys of that length (no slow hash needed).
 */
public final class ApiKeyFormat {

    private static final Pattern KEY = Pattern.compile("pl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    public static String newKey() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return "pl_" + HexFormat.of().formatHex(id) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The visible key id, or empty when this is not shaped like a key. */
    public static Optional<String> keyId(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    /** Constant-time, so the time a comparison takes tells nothing about the stored hash. */
    public static boolean sameHash(String keyHash, String storedHash) {
        return MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
