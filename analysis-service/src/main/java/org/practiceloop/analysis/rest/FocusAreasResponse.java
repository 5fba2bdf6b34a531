package org.practiceloop.analysis.rest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlanVersion;
import org.practiceloop.analysis.domain.Theme;

/** What the next partner should check: the current plan's focus areas and how to tell progress. */
public record FocusAreasResponse(
        String candidateId,
        @Schema(description = "The plan version these focus areas come from") int planVersion,
        @Schema(description = "The earliest re-check date of the focus areas, null when there are none")
        LocalDate recheckOn,
        List<FocusArea> focusAreas) {

    public record FocusArea(
            @Schema(description = "The theme, as focusChecks[].theme of an evaluation names it") Theme theme,
            String title,
            @Schema(description = "What to look for in the session: the drills' \"how you will know\"") String lookFor,
            LocalDate recheckOn) {
    }

    static FocusAreasResponse of(ActionPlanVersion v) {
        List<FocusArea> areas = v.content.focusAreas().stream()
                .map(a -> new FocusArea(a.theme(), a.title(), a.howYouWillKnow(), a.recheckOn()))
                .toList();
        return new FocusAreasResponse(v.candidateId, v.version,
                areas.stream().map(FocusArea::recheckOn).min(Comparator.naturalOrder()).orElse(null), areas);
    }
}
