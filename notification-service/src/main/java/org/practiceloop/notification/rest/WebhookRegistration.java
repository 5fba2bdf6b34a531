package org.practiceloop.notification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.notification.domain.WebhookEventType;

@Schema(description = "An endpoint to register", example = """
        {"url": "https://coach.example.com/hooks/practice-loop",
         "eventTypes": ["plan.updated", "email.sent"],
         "description": "Coach dashboard"}""")
public record WebhookRegistration(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 10) List<@NotNull WebhookEventType> eventTypes,
        @Size(max = 200) String description) {
}
