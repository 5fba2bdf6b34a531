package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlanVersion;
import org.practiceloop.analysis.domain.CheckProgress;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.domain.ThemeStatus;
import org.practiceloop.analysis.messaging.EvaluationSubmitted;

/**
 * Partners' checks of the focus areas at the next session. A theme checked "improved" at its
 * latest check, and not raised at that session or since, is resolved; "worse" keeps it recurring
 * (and {@link ActionPlanBuilder} ranks it first); "same" leaves the themes as the text and ratings
 * make them; "not observed" says nothing and is not a theme's latest check.
 */
@ApplicationScoped
public class CheckIns {

    /**
     * Keeps the evaluation's checks of themes that are focus areas of the plan the partner checked:
     * the one current when the evaluation was first analysed ({@code firstAnalyzedAt}), so that an
     * amendment is not matched against the plan its own original made (which may have resolved the
     * very theme checked). feedback-service refuses other themes when it can ask, and accepts them
     * unchecked when it cannot.
     */
    public void store(String organizationId, EvaluationSubmitted submitted, Instant firstAnalyzedAt) {
        if (submitted.focusChecks() == null || submitted.focusChecks().isEmpty()) {
            return;
        }
        Set<Theme> planned = ActionPlanVersion.latestBefore(organizationId, submitted.candidate().id(), firstAnalyzedAt)
                .map(v -> v.content.focusAreas().stream().map(ActionPlan.FocusArea::theme).collect(Collectors.toSet()))
                .orElse(Set.of());
        for (EvaluationSubmitted.FocusCheck check : submitted.focusChecks()) {
            Optional<Theme> theme = themeOf(check.theme());
            Optional<CheckProgress> progress = CheckProgress.of(check.progress());
            if (theme.isEmpty() || progress.isEmpty() || !planned.contains(theme.get())) {
                continue;
            }
            FocusCheckIn row = new FocusCheckIn();
            row.id = UUID.randomUUID();
            row.organizationId = organizationId;
            row.candidateId = submitted.candidate().id();
            row.evaluationId = submitted.evaluationId();
            row.interviewerId = submitted.interviewer().id();
            row.interviewerName = submitted.interviewer().name();
            row.sessionDate = submitted.sessionDate();
            row.theme = theme.get();
            row.progress = progress.get();
            row.note = check.note();
            row.checkedAt = Instant.now();
            row.persist();
        }
    }

    /** Each theme's latest check that saw something, in session order ({@link FocusCheckIn#ofCandidate}). */
    public static Map<Theme, FocusCheckIn> latest(List<FocusCheckIn> chronological) {
        Map<Theme, FocusCheckIn> latest = new EnumMap<>(Theme.class);
        chronological.stream().filter(c -> c.progress != CheckProgress.NOT_OBSERVED)
                .forEach(c -> latest.put(c.theme, c));
        return latest;
    }

    /** The themes with the check-ins' say on their status. */
    public static List<CandidateTheme> apply(List<CandidateTheme> themes, Map<Theme, FocusCheckIn> latest) {
        return themes.stream().map(t -> {
            FocusCheckIn check = latest.get(t.theme());
            ThemeStatus status = check == null ? t.status() : switch (check.progress) {
                case IMPROVED -> t.lastSeen().isBefore(check.sessionDate) ? ThemeStatus.RESOLVED : t.status();
                case WORSE -> ThemeStatus.RECURRING;
                default -> t.status();
            };
            return status == t.status() ? t : new CandidateTheme(t.theme(), status, t.sessions(), t.partners(),
                    t.interviews(), t.firstSeen(), t.lastSeen(), t.evidence(), t.relatedRatings());
        }).toList();
    }

    /** What the plan says of the check: the partner's name (or "A partner"), the progress, the session's date. */
    public static ActionPlan.CheckIn shown(FocusCheckIn check) {
        String by = check.interviewerName == null || check.interviewerName.isBlank() ? "A partner"
                : check.interviewerName.strip();
        return new ActionPlan.CheckIn(by, check.progress, check.sessionDate);
    }

    private static Optional<Theme> themeOf(String wire) {
        for (Theme theme : Theme.values()) {
            if (theme.toString().equals(wire)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
