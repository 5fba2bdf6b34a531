package org.practiceloop.analysis.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.CheckProgress;
import org.practiceloop.analysis.service.ThemeAggregator.SessionPoint;

/**
 * The geometry of one theme's chart, drawn as inline SVG by the plan page: a bar per session for
 * how often partners raised the theme (left axis), a line for the related rating, 1–4
 * (right axis), and a mark on each session where a partner checked the theme. Computed here so
 * the template only places shapes.
 */
public record ThemeChart(String theme, String title, List<Bar> bars, String ratingLine, List<Dot> dots,
        List<Tick> mentionTicks, List<Tick> ratingTicks, List<CheckMark> checks, String summary) {

    /** {@code center}: where the session's date label goes; {@code check}: the partner's check there, or "". */
    public record Bar(double x, double y, double width, double height, double center, String label, int mentions,
            String rating, String check) {
    }

    /**
     * A partner's check at a session: a symbol as well as a colour (▲ improved, ● no change, ▼ worse,
     * ○ not observed), and its words for the mark's tooltip and screen readers.
     */
    public record CheckMark(double x, String progress, String symbol, String colour, String text) {
    }

    public record Dot(double x, double y) {
    }

    public record Tick(double y, String label) {
    }

    public static final int WIDTH = 560;
    public static final int HEIGHT = 200;
    static final double LEFT = 40;
    static final double RIGHT = WIDTH - 40;
    static final double TOP = 12;
    static final double BOTTOM = HEIGHT - 36;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final Map<CheckProgress, String> PROGRESS_WORDS = Map.of(CheckProgress.IMPROVED, "improved",
            CheckProgress.SAME, "no change", CheckProgress.WORSE, "worse", CheckProgress.NOT_OBSERVED, "not observed");

    /** {@code checks}: the partners' checks of the theme, in session order. */
    public static ThemeChart of(String theme, String title, List<SessionPoint> sessions, List<ActionPlan.CheckIn> checks) {
        int maxMentions = Math.max(1, sessions.stream().mapToInt(SessionPoint::mentions).max().orElse(1));
        double slot = (RIGHT - LEFT) / Math.max(1, sessions.size());
        List<Bar> bars = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<CheckMark> marks = new ArrayList<>();
        Set<LocalDate> marked = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionPoint session = sessions.get(i);
            double height = (BOTTOM - TOP) * session.mentions() / maxMentions;
            double center = LEFT + slot * (i + 0.5);
            // A check belongs to its session; two sessions on one day: the first bar carries it.
            List<ActionPlan.CheckIn> here = marked.add(session.sessionDate()) ? checks.stream()
                    .filter(c -> c.on().equals(session.sessionDate())).toList() : List.of();
            here.forEach(c -> marks.add(mark(center, c)));
            bars.add(new Bar(round(center - slot * 0.3), round(BOTTOM - height), round(slot * 0.6), round(height),
                    round(center), LABEL.format(session.sessionDate()), session.mentions(),
                    session.rating() == null ? "not rated" : String.format(Locale.ENGLISH, "%.1f", session.rating()),
                    here.stream().map(ThemeChart::words).collect(Collectors.joining("; "))));
            if (session.rating() != null) {
                Dot dot = new Dot(round(center), round(ratingY(session.rating())));
                line.append(line.isEmpty() ? "M" : " L").append(dot.x()).append(' ').append(dot.y());
                dots.add(dot);
            }
        }
        List<Tick> mentionTicks = List.of(new Tick(BOTTOM, "0"), new Tick(TOP, Integer.toString(maxMentions)));
        List<Tick> ratingTicks = List.of(1, 2, 3, 4).stream().map(r -> new Tick(round(ratingY(r)), r.toString())).toList();
        return new ThemeChart(theme, title, bars, line.toString(), dots, mentionTicks, ratingTicks, marks,
                summary(title, sessions, marks));
    }

    private static CheckMark mark(double center, ActionPlan.CheckIn check) {
        String[] look = switch (check.progress()) {
            case IMPROVED -> new String[] {"▲", "#2f8132"};
            case WORSE -> new String[] {"▼", "#b3261e"};
            case SAME -> new String[] {"●", "#52606d"};
            case NOT_OBSERVED -> new String[] {"○", "#52606d"};
        };
        return new CheckMark(round(center), check.progress().toString(), look[0], look[1],
                words(check) + " (" + LABEL.format(check.on()) + ")");
    }

    /** "Bruno: improved" */
    private static String words(ActionPlan.CheckIn check) {
        return check.by() + ": " + PROGRESS_WORDS.get(check.progress());
    }

    private static double ratingY(double rating) {
        return BOTTOM - (BOTTOM - TOP) * (rating - 1) / 3;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The chart in words, for screen readers (and anyone): first and last session, and the partners' checks. */
    private static String summary(String title, List<SessionPoint> sessions, List<CheckMark> marks) {
        if (sessions.isEmpty()) {
            return title + ": no sessions yet.";
        }
        SessionPoint first = sessions.get(0);
        SessionPoint last = sessions.get(sessions.size() - 1);
        String checked = marks.isEmpty() ? "" : " Partners' checks: "
                + marks.stream().map(CheckMark::text).collect(Collectors.joining(", ")) + ".";
        return String.format(Locale.ENGLISH, "%s: raised %d time(s) in the first of %d sessions and %d time(s) in the latest.",
                title, first.mentions(), sessions.size(), last.mentions()) + checked;
    }
}
