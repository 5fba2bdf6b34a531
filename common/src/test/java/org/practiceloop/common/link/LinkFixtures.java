package org.practiceloop.common.link;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Links as other configurations made them, for the tests of rotation in common and in each
 * service (shipped in common's test jar): under a key that is not the service's current one, and
 * in the format of the releases before links named their key.
 */
public final class LinkFixtures {

    private record Key(String secret, Optional<Instant> verifiesUntil) implements LinkSigningConfig.Key {
    }

    private record KeyRing(String currentKey, Map<String, LinkSigningConfig.Key> keys) implements LinkSigningConfig {
    }

    private LinkFixtures() {
    }

    /** {@code verifiesUntil}: null for a key without an end date. */
    public static LinkSigningConfig.Key key(String secret, Instant verifiesUntil) {
        return new Key(secret, Optional.ofNullable(verifiesUntil));
    }

    public static LinkSigningConfig keyRing(String currentKey, Map<String, LinkSigningConfig.Key> keys) {
        return new KeyRing(currentKey, keys);
    }

    /** What a service whose current key was {@code keyId} issued, e.g. before a rotation. */
    public static SignedLinks signedWith(String keyId, String secret) {
        return new SignedLinks(keyRing(keyId, Map.of(keyId, key(secret, null))), "test", Duration.ofDays(1),
                Clock.systemUTC());
    }

    /** A link as releases before key ids issued it: three fields, signed with the single secret of the time. */
    public static String withoutKeyId(String secret, String organizationId, String subjectId, Instant expiry) {
        byte[] payload = (organizationId + "\n" + subjectId + "\n" + expiry.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload) + "."
                + encoder.encodeToString(SignedLinks.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), payload));
    }
}
