package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.practiceloop.notification.config.NotificationConfig;

/**
 * Signed, expiring unsubscribe tokens: {@code base64url(organisation \n candidate \n expiry)}
 * followed by {@code .base64url(HMAC-SHA256)}. Nothing is stored; a changed byte or a past
 * expiry makes the token worthless.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    public record Subject(String organizationId, String candidateId) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final NotificationConfig.Unsubscribe config;
    private final Clock clock;

    @Inject
    UnsubscribeTokens(NotificationConfig config) {
        this(config.unsubscribe(), Clock.systemUTC());
    }

    UnsubscribeTokens(NotificationConfig.Unsubscribe config, Clock clock) {
        if (config.secret().length() < 32) {
            throw new IllegalStateException("practiceloop.unsubscribe.secret must be at least 32 characters");
        }
        this.key = config.secret().getBytes(StandardCharsets.UTF_8);
        this.config = config;
        this.clock = clock;
    }

    public String issue(String organizationId, String candidateId) {
        return issue(organizationId, candidateId, clock.instant().plus(config.linkTtl()));
    }

    String issue(String organizationId, String candidateId, Instant expiry) {
        byte[] payload = (organizationId + "\n" + candidateId + "\n" + expiry.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    public Optional<Subject> verify(String token) {
        try {
            int dot = token.indexOf('.');
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
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

    private byte[] mac(byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
