package org.practiceloop.analysis.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.analysis.domain.Theme;

/**
 * How many of the organisation's candidates had each theme recurring, resolved or new in a period.
 * {@code candidates}: those with a mock session in the period.
 */
public record ThemeInsights(LocalDate from, LocalDate to,
        @Schema(description = "The interview type asked for; null for all") String interviewType,
        int candidates, List<ThemeCounts> themes) {

    public record ThemeCounts(Theme theme,
            @Schema(description = "Candidates for whom it is recurring and was raised again in the period") int recurring,
            @Schema(description = "Candidates for whom it became resolved in the period") int resolved,
            @Schema(description = "Candidates who had it raised for the first time in the period")
            @JsonProperty("new") int firstRaised) {
    }
}
