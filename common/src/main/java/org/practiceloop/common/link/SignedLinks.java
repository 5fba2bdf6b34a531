package org.practiceloop.common.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for links that stand in for a login (a candidate unsubscribing or opening their plan,
 * an interviewer opening their organisation's form):
 * {@code base64url(organisation \n subject \n expiry)} + {@code .base64url(HMAC-SHA256)}.
 * Nothing is stored; a changed byte or a past expiry makes the token worthless. Each use has
 * its own secret, so a token made for one page never opens another.
 */
public final class SignedLinks {

    /** {@code subjectId}: whom or what the link is for within the organisation (a candidate, a form link). */
    public record Subject(String organizationId, String subjectId) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Duration ttl;
    private final Clock clock;

    /** {@code setting}: the secret's configuration key, named in the error when it is too short. */
    public SignedLinks(String secret, String setting, Duration ttl, Clock clock) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException(setting + " must be at least 32 characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(String organizationId, String subjectId) {
        return issue(organizationId, subjectId, clock.instant().plus(ttl));
    }

    public String issue(String organizationId, String subjectId, Instant expiry) {
        byte[] payload = (organizationId + "\n" + subjectId + "\n" + expiry.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmacSha256(key, payload));
    }

    public Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            int dot = token.indexOf('.');
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, hmacSha256(key, payload))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n");
            if (parts.length != 3 || Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Subject(parts[0], parts[1]));
        } catch (RuntimeException e) { // not even shaped like a token
            return Optional.empty();
        }
    }

    public static byte[] hmacSha256(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
