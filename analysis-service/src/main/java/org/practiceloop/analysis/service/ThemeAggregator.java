package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.ActionPlan.Evidence;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.LoggedInterview;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.domain.ThemeStatus;

/**
 * Recomputes a candidate's themes from the stored items every time (never increments), so a
 * redelivered or replayed evaluation cannot count twice.
 */
@ApplicationScoped
public class ThemeAggregator {

    /** Competency names partners use that map to a theme other than their own name. */
    private static final Map<String, Theme> COMPETENCY_ALIASES = Map.of(
            "problem_solving", Theme.ALGORITHMS_DATA_STRUCTURES,
            "coding", Theme.CODING_FLUENCY,
            "testing", Theme.TESTING_DEBUGGING,
            "sql", Theme.SQL_DATA,
            "statistics", Theme.STATISTICS_EXPERIMENTATION,
            "ml", Theme.MACHINE_LEARNING,
            "product", Theme.PRODUCT_SENSE,
            "behavioral", Theme.BEHAVIORAL_STORIES,
            "design", Theme.SYSTEM_DESIGN);

    /** The candidate's themes, or empty when no evaluation of theirs has been analysed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<CandidateTheme>> forCandidate(String organizationId, String candidateId) {
        List<AnalyzedEvaluation> evaluations = AnalyzedEvaluation.ofCandidate(organizationId, candidateId);
        return evaluations.isEmpty() ? Optional.empty()
                : Optional.of(CheckIns.apply(aggregate(evaluations, LoggedInterview.ofCandidate(organizationId, candidateId),
                        FeedbackItem.ofCandidate(organizationId, candidateId)),
                        CheckIns.latest(FocusCheckIn.ofCandidate(organizationId, candidateId))));
    }

    /**
     * Mock sessions make a theme recurring or resolved; a real interview that raised it too is
     * counted beside them ({@code interviews}) and quoted as a company's evidence.
     */
    public List<CandidateTheme> aggregate(List<AnalyzedEvaluation> evaluations, List<LoggedInterview> interviews,
            List<FeedbackItem> items) {
        Map<UUID, AnalyzedEvaluation> byId = evaluations.stream()
                .collect(Collectors.toMap(e -> e.evaluationId, Function.identity()));
        Map<UUID, LocalDate> interviewDates = interviews.stream()
                .collect(Collectors.toMap(i -> i.interviewId, i -> i.interviewDate));
        Function<FeedbackItem, LocalDate> dateOf = i -> i.interviewId != null ? interviewDates.get(i.interviewId)
                : byId.get(i.evaluationId).sessionDate;
        List<AnalyzedEvaluation> chronological = chronological(evaluations);

        Map<Theme, List<FeedbackItem>> byTheme = new EnumMap<>(Theme.class);
        Map<Theme, Set<UUID>> progressSessions = new EnumMap<>(Theme.class);
        items.stream().filter(i -> i.label == Label.CONSTRUCTIVE && i.theme != null).forEach(i -> {
            if (i.evaluationId != null && ProgressRemarks.isProgress(i)) {
                progressSessions.computeIfAbsent(i.theme, t -> new HashSet<>()).add(i.evaluationId);
            } else {
                byTheme.computeIfAbsent(i.theme, t -> new ArrayList<>()).add(i);
            }
        });
        Map<Theme, List<String>> raisedTexts = new EnumMap<>(Theme.class);
        byTheme.forEach((theme, themeItems) -> raisedTexts.put(theme, themeItems.stream().map(i -> i.text).toList()));
        items.stream().filter(i -> i.evaluationId != null).forEach(i -> ProgressRemarks.praisedTheme(i, raisedTexts)
                .ifPresent(t -> progressSessions.computeIfAbsent(t, x -> new HashSet<>()).add(i.evaluationId)));

        List<CandidateTheme> themes = new ArrayList<>();
        byTheme.forEach((theme, themeItems) -> {
            Set<UUID> sessions = new HashSet<>();
            Set<UUID> raisingInterviews = new HashSet<>();
            Set<String> partners = new HashSet<>();
            themeItems.forEach(i -> {
                if (i.interviewId != null) {
                    raisingInterviews.add(i.interviewId);
                } else {
                    sessions.add(i.evaluationId);
                    partners.add(byId.get(i.evaluationId).interviewerId);
                }
            });
            List<LocalDate> dates = themeItems.stream().map(dateOf).sorted().toList();
            List<Integer> ratings = relatedRatings(theme, chronological);
            boolean progressSince = lastIndex(chronological, progressSessions.getOrDefault(theme, Set.of()))
                    > lastIndex(chronological, sessions);
            themes.add(new CandidateTheme(theme, status(sessions, lastTwoObserving(theme, chronological, sessions),
                    ratings, progressSince),
                    sessions.size(), partners.size(), raisingInterviews.size(), dates.get(0),
                    dates.get(dates.size() - 1), evidence(themeItems, dateOf), ratings));
        });
        themes.sort(Comparator.comparing(CandidateTheme::status).thenComparing(CandidateTheme::sessions,
                Comparator.reverseOrder()).thenComparing(CandidateTheme::theme));
        return themes;
    }

    /** Sessions in the order they took place (analysis order for the same day). */
    private static List<AnalyzedEvaluation> chronological(List<AnalyzedEvaluation> evaluations) {
        return evaluations.stream()
                .sorted(Comparator.comparing((AnalyzedEvaluation e) -> e.sessionDate).thenComparing(e -> e.analyzedAt))
                .toList();
    }

    /** One session of a candidate, seen from one theme. {@code rating}: the mean related score, null if none. */
    public record SessionPoint(LocalDate sessionDate, int mentions, Double rating) {
    }

    /**
     * For each theme, a point per session of the candidate, oldest first, including the sessions
     * that did not raise it: how a theme fades out is what the candidate wants to see.
     */
    public Map<Theme, List<SessionPoint>> timeline(List<AnalyzedEvaluation> evaluations, List<FeedbackItem> items,
            Collection<Theme> themes) {
        List<AnalyzedEvaluation> chronological = chronological(evaluations);
        Map<Theme, List<SessionPoint>> timeline = new EnumMap<>(Theme.class);
        for (Theme theme : themes) {
            timeline.put(theme, chronological.stream().map(e -> new SessionPoint(e.sessionDate,
                    (int) items.stream().filter(i -> e.evaluationId.equals(i.evaluationId)
                            && i.label == Label.CONSTRUCTIVE && i.theme == theme
                            && !ProgressRemarks.isProgress(i)).count(),
                    e.ratings.stream().filter(r -> r.score() != null && theme == themeOf(r.competency()))
                            .mapToInt(CompetencyRating::score).average().stream().boxed().findFirst().orElse(null)))
                    .toList());
        }
        return timeline;
    }

    /**
     * {@code lastTwoObserving}: the theme's last two sessions that could have raised it (see
     * {@link #lastTwoObserving}); silent in both, it is resolved if its related ratings rose, or if no
     * competency measures it (complexity, time management...): then silence is all the evidence there is.
     * {@code progressSince}: a partner praised progress on the theme in a session after the last one that
     * raised it (see {@link ProgressRemarks}); with related ratings that did not fall, that resolves it
     * without waiting for two silent sessions.
     */
    static ThemeStatus status(Set<UUID> sessions, Set<UUID> lastTwoObserving, List<Integer> ratings,
            boolean progressSince) {
        if (sessions.size() < 2) {
            return ThemeStatus.SINGLE;
        }
        boolean absentLately = lastTwoObserving.size() == 2 && sessions.stream().noneMatch(lastTwoObserving::contains);
        boolean ratingsRose = ratings.size() >= 2 && ratings.get(ratings.size() - 1) > ratings.get(0);
        boolean ratingsHeld = ratings.size() < 2 || ratings.get(ratings.size() - 1) >= ratings.get(0);
        return absentLately && (ratingsRose || ratings.isEmpty()) || progressSince && ratingsHeld
                ? ThemeStatus.RESOLVED : ThemeStatus.RECURRING;
    }

    /**
     * The latest two sessions that could have raised the theme: they rated a competency that measures it, or
     * were of a kind of interview that raised it. Two behavioural sessions saying nothing of complexity
     * analysis are no sign that it improved.
     */
    private static Set<UUID> lastTwoObserving(Theme theme, List<AnalyzedEvaluation> chronological,
            Set<UUID> sessions) {
        Set<String> raisingTypes = chronological.stream().filter(e -> sessions.contains(e.evaluationId))
                .map(e -> e.interviewType).collect(Collectors.toCollection(HashSet::new));
        Set<UUID> observing = new HashSet<>();
        for (int i = chronological.size() - 1; i >= 0 && observing.size() < 2; i--) {
            AnalyzedEvaluation e = chronological.get(i);
            if (raisingTypes.contains(e.interviewType) || e.ratings.stream()
                    .anyMatch(r -> r.score() != null && theme == themeOf(r.competency()))) {
                observing.add(e.evaluationId);
            }
        }
        return observing;
    }

    /** The position of the latest of these sessions in the candidate's history, -1 if none. */
    private static int lastIndex(List<AnalyzedEvaluation> chronological, Set<UUID> sessions) {
        for (int i = chronological.size() - 1; i >= 0; i--) {
            if (sessions.contains(chronological.get(i).evaluationId)) {
                return i;
            }
        }
        return -1;
    }

    /** Every confidently constructive quote for the theme, newest first, each marked with who raised it. */
    private static List<Evidence> evidence(List<FeedbackItem> items, Function<FeedbackItem, LocalDate> dateOf) {
        return items.stream()
                .filter(i -> !i.uncertain)
                .sorted(Comparator.comparing(dateOf).reversed().thenComparing(i -> i.position))
                .map(i -> new Evidence(i.text, dateOf.apply(i), i.origin(), i.id, i.labelSource))
                .toList();
    }

    /** The scores of the competencies that measure this theme, in session order. */
    private static List<Integer> relatedRatings(Theme theme, List<AnalyzedEvaluation> chronological) {
        return chronological.stream()
                .flatMap(e -> e.ratings.stream())
                .filter(r -> r.score() != null && theme == themeOf(r.competency()))
                .map(CompetencyRating::score)
                .toList();
    }

    static Theme themeOf(String competency) {
        Theme alias = COMPETENCY_ALIASES.get(competency);
        if (alias != null) {
            return alias;
        }
        for (Theme theme : Theme.values()) {
            if (theme.toString().equals(competency) || theme.toString().startsWith(competency + "_")) {
                return theme;
            }
        }
        return null;
    }
}
