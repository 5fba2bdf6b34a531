package org.practiceloop.common.link;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one kind of signed link: a configuration group that each service puts under its own
 * prefix ({@code practiceloop.form.signing}, {@code practiceloop.plan-page.signing},
 * {@code practiceloop.unsubscribe.signing}) and turns into {@link SignedLinks}:
 * <pre>
 * &lt;prefix&gt;.current-key=k2027
 * &lt;prefix&gt;.keys.k2027.secret=...
 * &lt;prefix&gt;.keys.default.secret=...
 * &lt;prefix&gt;.keys.default.verifies-until=2027-06-01T00:00:00Z
 * </pre>
 * A link names the key that signed it, so a secret is rotated without breaking the links
 * already sent: new links take the current key, a retired one keeps opening its links until its date.
 */
public interface LinkSigningConfig {

    /** The key that signs new links: one of {@link #keys()}, without an end date. */
    String currentKey();

    /**
     * Every key whose links still open, by id: the current one, retired ones until their date, and
     * a next one rolled out to every replica before it becomes current. An id is a lowercase letter
     * and then lowercase letters or digits, because it travels in links and in environment variable
     * names ({@code PRACTICELOOP_FORM_SIGNING_KEYS_K2027_SECRET}).
     */
    Map<String, Key> keys();

    interface Key {
        /** HMAC-SHA256 key, at least 32 characters; from a secret, never committed. */
        String secret();

        /** A retired key's links stop opening after this instant; unset, they open while the key is configured. */
        Optional<Instant> verifiesUntil();
    }
}
