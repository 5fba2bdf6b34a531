package org.practiceloop.common.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for links that stand in for a login (a candidate unsubscribing or opening their plan,
 * an interviewer opening their organisation's form):
 * {@code base64url(key id \n organisation \n subject \n expiry)} + {@code .base64url(HMAC-SHA256)}.
 * Nothing is stored; a changed byte, a past expiry, an unknown key or a retired key past its date
 * makes the token worthless. Each use has its own keys, so a token made for one page never opens
 * another. The key id is inside the signed part, so a link cannot be moved to another key.
 */
public final class SignedLinks {

    /**
     * The key that checks links issued before links named their key (three fields, no id): the
     * shipped configuration gives this id the single secret of those releases, so such a link opens
     * until its own expiry, or until this key's {@code verifies-until} once it is retired.
     */
    public static final String UNMARKED_LINKS_KEY = "default";

    /** {@code subjectId}: whom or what the link is for within the organisation (a candidate, a form link). */
    public record Subject(String organizationId, String subjectId) {
    }

    private record Key(String id, byte[] secret, Optional<Instant> verifiesUntil) {

        boolean verifiesAt(Instant now) {
            return verifiesUntil.map(until -> !until.isBefore(now)).orElse(true);
        }
    }

    private static final Pattern KEY_ID = Pattern.compile("[a-z][a-z0-9]{0,31}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Map<String, Key> keys = new HashMap<>();
    private final Key current;
    private final Duration ttl;
    private final Clock clock;

    /**
     * {@code prefix}: where the keys are configured, named in the error that stops the service
     * when they are not usable.
     */
    public SignedLinks(LinkSigningConfig config, String prefix, Duration ttl, Clock clock) {
        config.keys().forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(prefix + ".keys: the key id '" + id
                        + "' must be a lowercase letter followed by up to 31 lowercase letters or digits");
            }
            if (key.secret() == null || key.secret().length() < 32) {
                throw new IllegalStateException(prefix + ".keys." + id + ".secret must be at least 32 characters");
            }
            keys.put(id, new Key(id, key.secret().getBytes(StandardCharsets.UTF_8), key.verifiesUntil()));
        });
        this.current = keys.get(config.currentKey());
        if (current == null) {
            throw new IllegalStateException(prefix + ".current-key is '" + config.currentKey() + "', but "
                    + prefix + ".keys." + config.currentKey() + ".secret is not set");
        }
        if (current.verifiesUntil().isPresent()) {
            throw new IllegalStateException(prefix + ".keys." + current.id() + ".verifies-until is set, but "
                    + current.id() + " is the current key: the key that signs new links cannot stop opening them");
        }
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(String organizationId, String subjectId) {
        return issue(organizationId, subjectId, clock.instant().plus(ttl));
    }

    public String issue(String organizationId, String subjectId, Instant expiry) {
        byte[] payload = String.join("\n", current.id(), organizationId, subjectId, Long.toString(expiry.getEpochSecond()))
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmacSha256(current.secret(), payload));
    }

    public Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            int dot = token.indexOf('.');
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            // The fields are read before the signature is checked only to pick the key that checks it.
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n");
            if (fields.length != 3 && fields.length != 4) {
                return Optional.empty();
            }
            int first = fields.length - 3;
            Key key = keys.get(first == 0 ? UNMARKED_LINKS_KEY : fields[0]);
            Instant now = clock.instant();
            if (key == null || !key.verifiesAt(now) || !MessageDigest.isEqual(signature, hmacSha256(key.secret(), payload))
                    || Instant.ofEpochSecond(Long.parseLong(fields[first + 2])).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(new Subject(fields[first], fields[first + 1]));
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
