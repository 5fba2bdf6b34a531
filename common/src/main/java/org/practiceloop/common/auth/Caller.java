package org.practiceloop.common.auth;

import java.util.Set;

/** Who is calling: the organisation an API key belongs to, the key's visible id, and its scopes. */
public record Caller(String organizationId, String keyId, Set<Scope> scopes) {
}
