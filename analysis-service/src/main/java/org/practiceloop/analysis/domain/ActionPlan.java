package org.practiceloop.analysis.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.UUID;

/**
 * What a candidate should practise next and why. Holds no non-actionable text: only how many
 * such items were shielded.
 */
public record ActionPlan(List<FocusArea> focusAreas, List<Improvement> improved, int shieldedItems) {

    /**
     * The plan as made on {@code planDate}: no re-check before {@code planDate} + {@code afterDays}.
     * Built from old sessions alone, the builder's date (latest session + days) would be in the past.
     */
    public ActionPlan madeOn(LocalDate planDate, int afterDays) {
        LocalDate earliest = planDate.plusDays(afterDays);
        return new ActionPlan(focusAreas.stream().map(a -> a.recheckOn().isBefore(earliest) ? a.recheckingOn(earliest) : a)
                .toList(), improved, shieldedItems);
    }

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
            LocalDate recheckOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) CheckIn checkIn) {

        FocusArea recheckingOn(LocalDate date) {
            return new FocusArea(theme, title, status, sessions, partners, interviews, firstSeen, lastSeen, evidence,
                    drills, howYouWillKnow, date, checkIn);
        }
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

    public record Improvement(Theme theme, String title, LocalDate lastSeen,
            @JsonInclude(JsonInclude.Include.NON_NULL) CheckIn checkIn) {
    }

    /**
     * The latest partner's check of the theme that saw something ({@code not_observed} says
     * nothing): who, what, at which session. Absent when no partner checked it; left out of the
     * JSON then, so plans made before check-ins fingerprint as they did.
     */
    public record CheckIn(String by, CheckProgress progress, LocalDate on) {

        private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

        /** "Bruno saw improvement in Clarifying the problem on 16 March". */
        public String sentence(String title) {
            String seen = switch (progress) {
                case IMPROVED -> "saw improvement in " + title;
                case WORSE -> "saw " + title + " slip back";
                default -> "saw no change yet in " + title;
            };
            return by + " " + seen + " on " + on.format(DAY_MONTH);
        }
    }
}
