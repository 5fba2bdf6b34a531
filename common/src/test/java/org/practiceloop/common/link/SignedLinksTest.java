package org.practiceloop.common.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceloop.common.link.LinkFixtures.key;
import static org.practiceloop.common.link.LinkFixtures.keyRing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceloop.common.link.SignedLinks.Subject;

/** Signed links across a key rotation: which links open, under which key, until when. No Quarkus, seconds to run. */
class SignedLinksTest {

    private static final String OLD_SECRET = "old-secret-0123456789abcdef0123456789";
    private static final String NEW_SECRET = "new-secret-0123456789abcdef0123456789";
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Instant RETIRED_UNTIL = NOW.plus(Duration.ofDays(30));
    private static final Subject CANDIDATE = new Subject("acme", "cand-1");

    /** Before the rotation: one key, the id the single secret of earlier releases has. */
    private static final LinkSigningConfig BEFORE = keyRing("default", Map.of("default", key(OLD_SECRET, null)));
    /** After it: new links take k2027, the old key opens its links for 30 more days. */
    private static final LinkSigningConfig AFTER = keyRing("k2027",
            Map.of("k2027", key(NEW_SECRET, null), "default", key(OLD_SECRET, RETIRED_UNTIL)));

    @Test
    void aNewLinkOpensUntilItExpires() {
        String token = links(AFTER, NOW).issue("acme", "cand-1");

        assertThat(links(AFTER, NOW).verify(token)).contains(CANDIDATE);
        assertThat(links(AFTER, NOW.plus(Duration.ofDays(90))).verify(token)).contains(CANDIDATE);
        assertThat(links(AFTER, NOW.plus(Duration.ofDays(90)).plusSeconds(1)).verify(token)).isEmpty();
    }

    @Test
    void aLinkUnderARetiredKeyOpensUntilTheKeysDateAndNotAfter() {
        String sentBefore = links(BEFORE, NOW).issue("acme", "cand-1");

        assertThat(links(AFTER, RETIRED_UNTIL.minusSeconds(1)).verify(sentBefore)).contains(CANDIDATE);
        assertThat(links(AFTER, RETIRED_UNTIL).verify(sentBefore)).contains(CANDIDATE);
        assertThat(links(AFTER, RETIRED_UNTIL.plusSeconds(1)).verify(sentBefore)).isEmpty();
        // The link itself was still valid (90 days): it is the retired key that stopped it.
        assertThat(links(BEFORE, RETIRED_UNTIL.plusSeconds(1)).verify(sentBefore)).contains(CANDIDATE);
    }

    @Test
    void aLinkFromBeforeKeyIdsIsCheckedWithTheDefaultKeyUntilItsOwnExpiryOrTheKeysDate() {
        Instant expiry = NOW.plus(Duration.ofDays(10));
        String unmarked = LinkFixtures.withoutKeyId(OLD_SECRET, "acme", "cand-1", expiry);

        assertThat(links(BEFORE, NOW).verify(unmarked)).contains(CANDIDATE);
        assertThat(links(AFTER, expiry).verify(unmarked)).contains(CANDIDATE);
        assertThat(links(AFTER, expiry.plusSeconds(1)).verify(unmarked)).isEmpty();
        assertThat(links(keyRing("k2027", Map.of("k2027", key(OLD_SECRET, null))), NOW).verify(unmarked))
                .as("without a key called default, nothing checks it, even under the same secret").isEmpty();
        Instant shortRetirement = NOW.plus(Duration.ofDays(5));
        LinkSigningConfig retiredEarly = keyRing("k2027",
                Map.of("k2027", key(NEW_SECRET, null), "default", key(OLD_SECRET, shortRetirement)));
        assertThat(links(retiredEarly, shortRetirement.plusSeconds(1)).verify(unmarked)).isEmpty();
    }

    @Test
    void aLinkUnderAnUnknownKeyIsRefusedEvenWithAKnownSecret() {
        String token = LinkFixtures.signedWith("k2099", OLD_SECRET).issue("acme", "cand-1");

        assertThat(links(AFTER, NOW).verify(token)).isEmpty();
    }

    @Test
    void aTamperedLinkIsRefused() {
        SignedLinks links = links(AFTER, NOW);
        String token = links.issue("acme", "cand-1");
        String signature = token.substring(token.indexOf('.'));

        assertThat(links.verify(payload("k2027\nacme\ncand-2\n" + NOW.plusSeconds(60).getEpochSecond()) + signature))
                .as("another subject under the same signature").isEmpty();
        assertThat(links.verify(payload(new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8).replace("k2027", "default")) + signature))
                .as("the same link moved to the retired key").isEmpty();
        assertThat(links.verify(token.substring(0, token.length() - 2) + "xx")).isEmpty();
        for (String garbage : new String[] {null, "", ".", "nonsense", "a.b.c", payload("acme\ncand-1") + signature}) {
            assertThat(links.verify(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }

    @Test
    void unusableKeysStopTheServiceNamingTheSetting() {
        assertThatThrownBy(() -> links(keyRing("k2027", Map.of("default", key(OLD_SECRET, null))), NOW))
                .hasMessage("practiceloop.form.signing.current-key is 'k2027', but "
                        + "practiceloop.form.signing.keys.k2027.secret is not set");
        assertThatThrownBy(() -> links(keyRing("default", Map.of("default", key("too-short", null))), NOW))
                .hasMessage("practiceloop.form.signing.keys.default.secret must be at least 32 characters");
        assertThatThrownBy(() -> links(keyRing("default",
                Map.of("default", key(OLD_SECRET, null), "k2027", key("too-short", RETIRED_UNTIL))), NOW))
                .as("a retired key too").hasMessage("practiceloop.form.signing.keys.k2027.secret must be at least 32 characters");
        assertThatThrownBy(() -> links(keyRing("default", Map.of("default", key(OLD_SECRET, RETIRED_UNTIL))), NOW))
                .hasMessageStartingWith("practiceloop.form.signing.keys.default.verifies-until is set, but default is the current key");
        assertThatThrownBy(() -> links(keyRing("2027-a", Map.of("2027-a", key(OLD_SECRET, null))), NOW))
                .hasMessageStartingWith("practiceloop.form.signing.keys: the key id '2027-a' must be a lowercase letter");
    }

    private static SignedLinks links(LinkSigningConfig config, Instant now) {
        return new SignedLinks(config, "practiceloop.form.signing", Duration.ofDays(90), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String payload(String fields) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
    }
}
