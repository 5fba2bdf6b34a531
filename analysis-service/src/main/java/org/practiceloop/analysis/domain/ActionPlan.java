package org.practiceloop.analysis.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

    /**
     * {@code sessionDate}: of the mock session or the real interview, as {@code source} says;
     * {@code itemId}: the feedback item quoted, which a correction names; {@code labelSource}: who
     * labelled it constructive with this theme (absent in plans stored before corrections existed).
     */
    public record Evidence(String quote, LocalDate sessionDate, EvidenceSource source, UUID itemId,
            LabelSource labelSource) {

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
