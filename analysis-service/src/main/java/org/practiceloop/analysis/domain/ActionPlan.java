package org.practiceloop.analysis.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a candidate should practise next and why. Holds no non-actionable text: only how many
 * such items were shielded.
 */
public record ActionPlan(List<FocusArea> focusAreas, List<Improvement> improved, int shieldedItems) {

    public record FocusArea(
            Theme theme,
            String title,
            ThemeStatus status,
            int sessions,
            int partners,
            int interviews,
            LocalDate firstSeen,
            LocalDate lastSeen,
            List<Evidence> evidence,
            List<Drill> drills,
            String howYouWillKnow,
            LocalDate recheckOn) {
    }

    /** {@code sessionDate}: of the mock session or the real interview, as {@code source} says. */
    public record Evidence(String quote, LocalDate sessionDate, EvidenceSource source) {

        /** False for plans stored before evidence had a source: those came from mock sessions only. */
        public boolean fromCompany() {
            return source == EvidenceSource.COMPANY;
        }
    }

    /** {@code id}: {@code theme-n}, the drill's place in the practice library; ticks on the plan page refer to it. */
    public record Drill(String id, String practice, String target) {
    }

    public record Improvement(Theme theme, String title, LocalDate lastSeen) {
    }
}
