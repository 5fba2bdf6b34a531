package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceloop.analysis.config.AnalysisConfig;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlan.Evidence;
import org.practiceloop.analysis.domain.ActionPlan.FocusArea;
import org.practiceloop.analysis.domain.ActionPlan.Improvement;
import org.practiceloop.analysis.domain.CheckProgress;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.domain.ThemeStatus;

/**
 * Turns a candidate's themes into a plan: a theme that a company raised after a real interview
 * as well as mock partners comes first (two independent sources agree), then recurring themes,
 * ranked by sessions × partners × recency (a real interview counting in both); single ones fill the remaining places so a first
 * plan is not empty. The content
 * depends only on the stored data (no "today"), so an unchanged history gives an equal plan.
 */
@ApplicationScoped
public class ActionPlanBuilder {

    private final PracticeLibrary library;
    private final AnalysisConfig config;

    ActionPlanBuilder(PracticeLibrary library, AnalysisConfig config) {
        this.library = library;
        this.config = config;
    }

    /** {@code latestChecks}: each theme's latest check-in that saw something ({@link CheckIns#latest}). */
    public ActionPlan build(List<CandidateTheme> themes, int shieldedItems, Map<Theme, FocusCheckIn> latestChecks) {
        LocalDate latestSession = themes.stream().map(CandidateTheme::lastSeen)
                .max(Comparator.naturalOrder()).orElse(null);
        List<FocusArea> focusAreas = themes.stream()
                .filter(t -> t.status() != ThemeStatus.RESOLVED)
                // A partner who saw it get worse at the last check puts it first: the freshest direct observation.
                .sorted(Comparator.comparing((CandidateTheme t) -> checkedWorse(t, latestChecks) ? 0 : 1)
                        .thenComparing(t -> raisedByCompanyAndMocks(t) ? 0 : 1)
                        .thenComparing(t -> t.status() == ThemeStatus.RECURRING ? 0 : 1)
                        .thenComparing(Comparator.comparingDouble((CandidateTheme t) -> rank(t, latestSession)).reversed())
                        .thenComparing(CandidateTheme::theme))
                .limit(config.maxFocusAreas())
                .map(t -> focusArea(t, latestSession, checkIn(t, latestChecks)))
                .toList();
        List<Improvement> improved = themes.stream()
                .filter(t -> t.status() == ThemeStatus.RESOLVED)
                .sorted(Comparator.comparing(CandidateTheme::theme))
                .map(t -> new Improvement(t.theme(), t.theme().title(), t.lastSeen(), checkIn(t, latestChecks)))
                .toList();
        return new ActionPlan(focusAreas, improved, shieldedItems);
    }

    private static boolean checkedWorse(CandidateTheme theme, Map<Theme, FocusCheckIn> latestChecks) {
        FocusCheckIn check = latestChecks.get(theme.theme());
        return check != null && check.progress == CheckProgress.WORSE;
    }

    private static ActionPlan.CheckIn checkIn(CandidateTheme theme, Map<Theme, FocusCheckIn> latestChecks) {
        FocusCheckIn check = latestChecks.get(theme.theme());
        return check == null ? null : CheckIns.shown(check);
    }

    static boolean raisedByCompanyAndMocks(CandidateTheme theme) {
        return theme.interviews() > 0 && theme.sessions() > 0;
    }

    static double rank(CandidateTheme theme, LocalDate latestSession) {
        double monthsAgo = ChronoUnit.DAYS.between(theme.lastSeen(), latestSession) / 30.0;
        // A real interview counts as one more session and one more independent voice.
        return (theme.sessions() + theme.interviews()) * (theme.partners() + theme.interviews()) / (1.0 + monthsAgo);
    }

    private FocusArea focusArea(CandidateTheme theme, LocalDate latestSession, ActionPlan.CheckIn checkIn) {
        PracticeLibrary.Practice practice = library.forTheme(theme.theme());
        return new FocusArea(theme.theme(), theme.theme().title(), theme.status(), theme.sessions(),
                theme.partners(), theme.interviews(), theme.firstSeen(), theme.lastSeen(), quotes(theme.evidence()),
                practice.drills(), practice.howYouWillKnow(), latestSession.plusDays(config.recheckAfterDays()), checkIn);
    }

    /** Newest first, preferring one quote per session so the evidence shows the pattern. */
    private List<Evidence> quotes(List<Evidence> evidence) {
        List<Evidence> chosen = new ArrayList<>();
        Set<LocalDate> sessions = new HashSet<>();
        for (Evidence e : evidence) {
            if (chosen.size() < config.maxEvidence() && sessions.add(e.sessionDate())) {
                chosen.add(e);
            }
        }
        for (Evidence e : evidence) {
            if (chosen.size() < config.maxEvidence() && !chosen.contains(e)) {
                chosen.add(e);
            }
        }
        return chosen;
    }
}
