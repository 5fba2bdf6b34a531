package org.practiceloop.analysis.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LabelCorrection;
import org.practiceloop.analysis.domain.LabelSource;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;

/** One correction of an item's label, as kept. */
public record CorrectionResponse(
        UUID id,
        UUID itemId,
        @Schema(description = "candidate (from the plan page) or key:<key id> (an API key)")
        String correctedBy,
        Instant correctedAt,
        @Schema(description = "The label the item had just before")
        Before before,
        After after,
        String note,
        @Schema(description = "The model that made the original label; absent for items labelled before versions were kept")
        String modelVersion,
        @Schema(description = "Set once undone (DELETE …/label)")
        Instant undoneAt,
        String undoneBy) {

    public record Before(Label label, Reason reason, Theme theme, LabelSource source) {
    }

    public record After(Label label, Reason reason, Theme theme) {
    }

    static CorrectionResponse of(LabelCorrection c) {
        return new CorrectionResponse(c.id, c.itemId, c.correctedBy, c.correctedAt,
                new Before(c.labelBefore, c.reasonBefore, c.themeBefore, c.sourceBefore),
                new After(c.labelAfter, c.reasonAfter, c.themeAfter), c.note, c.modelVersion, c.undoneAt, c.undoneBy);
    }
}
