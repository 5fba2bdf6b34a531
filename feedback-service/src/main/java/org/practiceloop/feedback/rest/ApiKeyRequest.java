package org.practiceloop.feedback.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.common.auth.Scope;

@Schema(example = "{\"name\": \"coach dashboard\", \"scopes\": [\"evaluations:write\", \"plans:read\"]}")
public record ApiKeyRequest(
        @NotBlank @Size(max = 100) String name,
        @NotEmpty List<@NotNull Scope> scopes,
        @Schema(description = "Only to import a key chosen elsewhere (pl_<12 hex>_<43 base64url>); normally left out")
        @Size(max = 80) String key) {
}
