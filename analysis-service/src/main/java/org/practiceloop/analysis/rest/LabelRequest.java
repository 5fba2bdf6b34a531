package org.practiceloop.analysis.rest;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.LabelCorrections.NewLabel;
import org.practiceloop.common.problem.ProblemException;

/**
 * The label a person gives an item. Plain strings, read here, so that an unknown value is
 * answered with the values allowed for that field.
 */
@Schema(example = "{\"label\": \"constructive\", \"theme\": \"communication\", \"note\": \"about explaining, not the design\"}")
public record LabelRequest(
        @Schema(description = "constructive or non_actionable") String label,
        @Schema(description = "For non_actionable: external, vague, praise or hurtful") String reason,
        @Schema(description = "For constructive: a theme of the taxonomy") String theme,
        @Size(max = 1000) String note) {

    public NewLabel toNewLabel() {
        Label parsed = parse("label", label, Label.values())
                .orElseThrow(() -> ProblemException.invalidField("label", "is required: " + allowed(Label.values())));
        if (parsed == Label.CONSTRUCTIVE) {
            mustBeAbsent("reason", reason, "a constructive item has a theme, not a reason");
            Theme parsedTheme = parse("theme", theme, Theme.values()).orElseThrow(() ->
                    ProblemException.invalidField("theme", "is required for constructive: " + allowed(Theme.values())));
            return new NewLabel(parsed, null, parsedTheme, note);
        }
        mustBeAbsent("theme", theme, "a non-actionable item has a reason, not a theme");
        Reason parsedReason = parse("reason", reason, Reason.values()).orElseThrow(() ->
                ProblemException.invalidField("reason", "is required for non_actionable: " + allowed(Reason.values())));
        return new NewLabel(parsed, parsedReason, null, note);
    }

    private static <E extends Enum<E>> Optional<E> parse(String field, String value, E[] values) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values).filter(v -> v.toString().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField(field, allowed(values))));
    }

    private static void mustBeAbsent(String field, String value, String why) {
        if (value != null) {
            throw ProblemException.invalidField(field, "must be absent: " + why);
        }
    }

    private static String allowed(Enum<?>[] values) {
        return "must be one of " + Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
