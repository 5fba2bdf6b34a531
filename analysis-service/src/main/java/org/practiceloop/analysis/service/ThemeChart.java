package org.practiceloop.analysis.service;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceloop.analysis.service.ThemeAggregator.SessionPoint;

/**
 * The geometry of one theme's chart, drawn as inline SVG by the plan page: a bar per session for
 * how often partners raised the theme (left axis), and a line for the related rating, 1–4
 * (right axis). Computed here so the template only places shapes.
 */
public record ThemeChart(String theme, String title, List<Bar> bars, String ratingLine, List<Dot> dots,
        List<Tick> mentionTicks, List<Tick> ratingTicks, String summary) {

    /** {@code center}: where the session's date label goes. */
    public record Bar(double x, double y, double width, double height, double center, String label, int mentions,
            String rating) {
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

    public static ThemeChart of(String theme, String title, List<SessionPoint> sessions) {
        int maxMentions = Math.max(1, sessions.stream().mapToInt(SessionPoint::mentions).max().orElse(1));
        double slot = (RIGHT - LEFT) / Math.max(1, sessions.size());
        List<Bar> bars = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < sessions.size(); i++) {
            SessionPoint session = sessions.get(i);
            double height = (BOTTOM - TOP) * session.mentions() / maxMentions;
            double center = LEFT + slot * (i + 0.5);
            bars.add(new Bar(round(center - slot * 0.3), round(BOTTOM - height), round(slot * 0.6), round(height),
                    round(center), LABEL.format(session.sessionDate()), session.mentions(),
                    session.rating() == null ? "not rated" : String.format(Locale.ENGLISH, "%.1f", session.rating())));
            if (session.rating() != null) {
                Dot dot = new Dot(round(center), round(ratingY(session.rating())));
                line.append(line.isEmpty() ? "M" : " L").append(dot.x()).append(' ').append(dot.y());
                dots.add(dot);
            }
        }
        List<Tick> mentionTicks = List.of(new Tick(BOTTOM, "0"), new Tick(TOP, Integer.toString(maxMentions)));
        List<Tick> ratingTicks = List.of(1, 2, 3, 4).stream().map(r -> new Tick(round(ratingY(r)), r.toString())).toList();
        return new ThemeChart(theme, title, bars, line.toString(), dots, mentionTicks, ratingTicks,
                summary(title, sessions));
    }

    private static double ratingY(double rating) {
        return BOTTOM - (BOTTOM - TOP) * (rating - 1) / 3;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The chart in words, for screen readers (and anyone): first and last session. */
    private static String summary(String title, List<SessionPoint> sessions) {
        if (sessions.isEmpty()) {
            return title + ": no sessions yet.";
        }
        SessionPoint first = sessions.get(0);
        SessionPoint last = sessions.get(sessions.size() - 1);
        return String.format(Locale.ENGLISH, "%s: raised %d time(s) in the first of %d sessions and %d time(s) in the latest.",
                title, first.mentions(), sessions.size(), last.mentions());
    }
}
