package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.feedback.domain.IssuedApiKey;

/** A key's visible facts; {@code key} only in the answer that issued it. */
public record ApiKeyResponse(String keyId, String organizationId, String name, List<String> scopes,
        Instant createdAt, Instant revokedAt, String replacedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The key: returned once, when issued; store it then") String key) {

    static ApiKeyResponse of(IssuedApiKey issued, String key) {
        return new ApiKeyResponse(issued.keyId, issued.organizationId, issued.name, List.of(issued.scopes.split(" ")),
                issued.createdAt, issued.revokedAt, issued.replacedBy, key);
    }
}
