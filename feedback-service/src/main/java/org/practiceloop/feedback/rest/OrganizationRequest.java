package org.practiceloop.feedback.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = "{\"id\": \"acme-coaching\", \"name\": \"Acme Coaching\"}")
public record OrganizationRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "must be 2-40 lower-case letters, digits or -")
        String id,
        @NotBlank @Size(max = 200) String name) {
}
