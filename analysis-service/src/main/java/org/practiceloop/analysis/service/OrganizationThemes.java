package org.practiceloop.analysis.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.domain.ThemeStatus;
import org.practiceloop.analysis.service.ThemeInsights.ThemeCounts;

/**
 * The organisation's themes over a period: each candidate's themes are aggregated by
 * {@link ThemeAggregator}'s rules twice, from their sessions up to the end of the period and up
 * to its start, and the difference says what recurred, resolved or appeared in it. Mock sessions
 * only: the rules that make a theme recurring or resolved count them, and the interview type is theirs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationThemes {

    private final ThemeAggregator aggregator;

    OrganizationThemes(ThemeAggregator aggregator) {
        this.aggregator = aggregator;
    }

    /** {@code interviewType} null: every type. */
    public ThemeInsights between(String organizationId, LocalDate from, LocalDate to, String interviewType) {
        String sessions = "from AnalyzedEvaluation e where e.organizationId = :organization and e.sessionDate <= :to"
                + (interviewType == null ? "" : " and e.interviewType = :type");
        Parameters parameters = Parameters.with("organization", organizationId).and("to", to);
        if (interviewType != null) {
            parameters.and("type", interviewType);
        }
        List<AnalyzedEvaluation> evaluations = AnalyzedEvaluation.list(sessions, parameters);
        Map<UUID, List<FeedbackItem>> items = FeedbackItem.<FeedbackItem>list(
                        "organizationId = :organization and evaluationId in (select e.evaluationId " + sessions + ")",
                        parameters).stream().collect(Collectors.groupingBy(i -> i.evaluationId));

        Map<Theme, Counts> counts = new EnumMap<>(Theme.class);
        int candidates = 0;
        for (List<AnalyzedEvaluation> ofCandidate : evaluations.stream()
                .collect(Collectors.groupingBy(e -> e.candidateId)).values()) {
            if (ofCandidate.stream().noneMatch(e -> !e.sessionDate.isBefore(from))) {
                continue;
            }
            candidates++;
            Map<Theme, CandidateTheme> before = themes(ofCandidate.stream()
                    .filter(e -> e.sessionDate.isBefore(from)).toList(), items).stream()
                    .collect(Collectors.toMap(CandidateTheme::theme, Function.identity()));
            for (CandidateTheme now : themes(ofCandidate, items)) {
                CandidateTheme earlier = before.get(now.theme());
                Counts theme = counts.computeIfAbsent(now.theme(), t -> new Counts());
                if (earlier == null) {
                    theme.firstRaised++;
                }
                if (now.status() == ThemeStatus.RECURRING && !now.lastSeen().isBefore(from)) {
                    theme.recurring++;
                }
                if (now.status() == ThemeStatus.RESOLVED && (earlier == null || earlier.status() != ThemeStatus.RESOLVED)) {
                    theme.resolved++;
                }
            }
        }
        return new ThemeInsights(from, to, interviewType, candidates, counts.entrySet().stream()
                .map(c -> new ThemeCounts(c.getKey(), c.getValue().recurring, c.getValue().resolved,
                        c.getValue().firstRaised))
                .toList());
    }

    private List<CandidateTheme> themes(List<AnalyzedEvaluation> evaluations, Map<UUID, List<FeedbackItem>> items) {
        return aggregator.aggregate(evaluations, List.of(), evaluations.stream()
                .flatMap(e -> items.getOrDefault(e.evaluationId, List.of()).stream()).toList());
    }

    private static final class Counts {
        int recurring;
        int resolved;
        int firstRaised;
    }
}
