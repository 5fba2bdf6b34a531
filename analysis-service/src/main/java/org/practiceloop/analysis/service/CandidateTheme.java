package org.practiceloop.analysis.service;

import java.time.LocalDate;
import java.util.List;
import org.practiceloop.analysis.domain.ActionPlan.Evidence;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.domain.ThemeStatus;

/** One theme across all of a candidate's sessions; {@code interviews}: how many real interviews raised it too. */
public record CandidateTheme(
        Theme theme,
        ThemeStatus status,
        int sessions,
        int partners,
        int interviews,
        LocalDate firstSeen,
        LocalDate lastSeen,
        List<Evidence> evidence,
        List<Integer> relatedRatings) {
}
