package org.practiceloop.feedback.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * analysis-service's answer to {@code GET /api/v1/candidates/{id}/focus-areas}: the candidate's
 * current focus areas, what to look for, when to re-check. Fields analysis adds later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FocusAreas(LocalDate recheckOn, List<Area> focusAreas) {

    /** A candidate analysis holds no plan for: nothing to check yet. */
    public static final FocusAreas NONE = new FocusAreas(null, List.of());

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String theme, String title, String lookFor, LocalDate recheckOn) {
    }

    public List<String> themes() {
        return focusAreas.stream().map(Area::theme).toList();
    }
}
