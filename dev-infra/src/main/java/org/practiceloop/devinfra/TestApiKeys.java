package org.practiceloop.devinfra;

import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * API keys for tests, given to the service under test as configured keys
 * ({@code practiceloop.auth.static-keys}): one for the organisation {@code default} with every
 * scope, which RestAssured sends on every request unless a test sets its own
 * {@code Authorization}; one for the organisation {@code other}, for isolation tests; and one
 * with a single scope, for scope tests.
 */
public final class TestApiKeys {

    public static final String ALL_SCOPES = "evaluations:write,evaluations:read,plans:read,webhooks:manage,labels:write";
    /** A key of the organisation {@code default} with every scope. */
    public static final String DEFAULT_ORGANIZATION = newKey();
    /** A key of the organisation {@code other} with every scope. */
    public static final String OTHER_ORGANIZATION = newKey();
    /** A key of the organisation {@code default} with only {@code plans:read}. */
    public static final String PLANS_READ_ONLY = newKey();

    private static boolean filterInstalled;

    private TestApiKeys() {
    }

    /** The properties that make a service accept these keys. */
    public static Map<String, String> configuration() {
        Map<String, String> properties = new HashMap<>();
        configure(properties, "tests-default", "default", DEFAULT_ORGANIZATION, ALL_SCOPES);
        configure(properties, "tests-other", "other", OTHER_ORGANIZATION, ALL_SCOPES);
        configure(properties, "tests-plans-read", "default", PLANS_READ_ONLY, "plans:read");
        return properties;
    }

    /** From now on RestAssured sends the default organisation's key on requests that carry no Authorization of their own. */
    public static synchronized void sendDefaultKey() {
        if (!filterInstalled) {
            RestAssured.filters((request, response, context) -> {
                if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                    request.header("Authorization", "Bearer " + DEFAULT_ORGANIZATION);
                }
                return context.next(request, response);
            });
            filterInstalled = true;
        }
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void configure(Map<String, String> properties, String name, String organization, String key,
            String scopes) {
        String prefix = "practiceloop.auth.static-keys." + name + ".";
        properties.put(prefix + "organization", organization);
        properties.put(prefix + "hash", sha256(key));
        properties.put(prefix + "scopes", scopes);
    }

    /** The same shape as production keys: {@code pl_<12 hex>_<43 base64url>}. */
    private static String newKey() {
        SecureRandom random = new SecureRandom();
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        return "pl_" + HexFormat.of().formatHex(id) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
