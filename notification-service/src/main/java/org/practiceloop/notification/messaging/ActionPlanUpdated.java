package org.practiceloop.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The consumer's view of the ActionPlanUpdated contract (docs/events.md), version 1. The plan
 * carries no non-actionable text by contract, so everything here may be shown to the candidate.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPlanUpdated(@NotNull @Valid Candidate candidate, @Min(1) int planVersion, @NotNull @Valid Plan plan,
        List<String> drillsDone,
        String planUrl, Instant createdAt) {

    public static final String TYPE = "ActionPlanUpdated";
    public static final int VERSION = 1;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(@NotNull String id, @NotNull String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(@NotNull List<FocusArea> focusAreas, @NotNull List<Improvement> improved, int shieldedItems) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FocusArea(String theme, String title, String status, int sessions, int partners, int interviews,
            List<Evidence> evidence, List<Drill> drills, String howYouWillKnow, LocalDate recheckOn, CheckIn checkIn) {

        public boolean recurring() {
            return "recurring".equals(status);
        }

        /** "16 March 2026"; empty when the producer gave no date. */
        public String recheckDate() {
            return recheckOn == null ? "" : recheckOn.format(DAY_MONTH_YEAR);
        }
    }

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * When the next re-check is due and of what: "16 March 2026, for Clarifying the problem and
     * Communication" (the earliest date, the areas due then); empty without focus areas or dates.
     */
    public String recheckDue() {
        Optional<LocalDate> due = plan.focusAreas().stream().map(FocusArea::recheckOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        if (due.isEmpty()) {
            return "";
        }
        List<String> titles = plan.focusAreas().stream().filter(a -> due.get().equals(a.recheckOn()))
                .map(FocusArea::title).toList();
        String areas = titles.size() == 1 ? titles.get(0)
                : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
        return due.get().format(DAY_MONTH_YEAR) + ", for " + areas;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String quote, LocalDate sessionDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Drill(String id, String practice, String target) {
    }

    /** Whether the candidate ticked this drill on their plan page. */
    public boolean isDone(Drill drill) {
        return drillsDone != null && drill.id() != null && drillsDone.contains(drill.id());
    }

    /** Drills in this plan, and how many of them are ticked. */
    public int drillCount() {
        return plan.focusAreas().stream().mapToInt(a -> a.drills() == null ? 0 : a.drills().size()).sum();
    }

    public int drillsDoneCount() {
        return (int) plan.focusAreas().stream().flatMap(a -> a.drills() == null ? Stream.empty()
                : a.drills().stream()).filter(this::isDone).count();
    }

    /** The titles of the focus areas a company raised too, after a real interview; empty when none did. */
    public String raisedByCompaniesToo() {
        return plan.focusAreas().stream().filter(a -> a.interviews() > 0).map(FocusArea::title)
                .collect(Collectors.joining(", "));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Improvement(String theme, String title, LocalDate lastSeen, CheckIn checkIn) {
    }

    /** The latest partner's check of a theme at a session: who, {@code improved}, {@code same} or {@code worse}, when. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckIn(String by, String progress, LocalDate on) {

        /** "Bruno saw improvement in Clarifying the problem on 16 March", as the plan page says it. */
        public String sentence(String title) {
            String seen = switch (progress == null ? "" : progress) {
                case "improved" -> "saw improvement in " + title;
                case "worse" -> "saw " + title + " slip back";
                default -> "saw no change yet in " + title;
            };
            return by + " " + seen + " on " + on.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
        }
    }
}
