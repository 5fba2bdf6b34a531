package org.practiceloop.notification.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.notification.domain.EmailFrequency;

/** How often a candidate gets plan emails. */
@Schema(example = "{\"frequency\": \"weekly\"}")
public record EmailPreference(
        @NotNull
        @Schema(description = "each_update: every new plan version at once; daily, weekly: at most one email per day "
                + "or week, carrying the newest version. Absent from an answer: the service's default window applies.")
        EmailFrequency frequency) {
}
