package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CompetencyRating;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.service.FeedbackQuality.Calibration;
import org.practiceloop.analysis.service.FeedbackQuality.Figures;
import org.practiceloop.analysis.service.FeedbackQuality.Month;

/** The organisation's interviewers and the quality of each one's feedback, from the analysed mock sessions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InterviewerQuality {

    public List<InterviewerSummary> interviewers(String organizationId) {
        return AnalyzedEvaluation.getEntityManager().createQuery("select new " + InterviewerSummary.class.getName()
                + "(e.interviewerId, count(e), max(e.sessionDate)) from AnalyzedEvaluation e"
                + " where e.organizationId = ?1 group by e.interviewerId order by e.interviewerId",
                InterviewerSummary.class).setParameter(1, organizationId).getResultList();
    }

    /** Empty when the interviewer has no analysed evaluation in this organisation. */
    public Optional<FeedbackQuality> of(String organizationId, String interviewerId) {
        List<AnalyzedEvaluation> evaluations = AnalyzedEvaluation.list(
                "organizationId = ?1 and interviewerId = ?2 order by sessionDate", organizationId, interviewerId);
        if (evaluations.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<FeedbackItem>> items = FeedbackItem.<FeedbackItem>list("organizationId = ?1 and evaluationId in "
                        + "(select e.evaluationId from AnalyzedEvaluation e where e.organizationId = ?1 and e.interviewerId = ?2)",
                organizationId, interviewerId).stream().collect(Collectors.groupingBy(i -> i.evaluationId));
        Map<YearMonth, List<AnalyzedEvaluation>> byMonth = evaluations.stream()
                .collect(Collectors.groupingBy(e -> YearMonth.from(e.sessionDate), TreeMap::new, Collectors.toList()));
        List<Month> months = byMonth.entrySet().stream()
                .map(m -> new Month(m.getKey().toString(), figures(m.getValue(), items))).toList();
        return Optional.of(new FeedbackQuality(interviewerId, figures(evaluations, items), months,
                calibration(organizationId, evaluations)));
    }

    private static Figures figures(List<AnalyzedEvaluation> evaluations, Map<UUID, List<FeedbackItem>> itemsByEvaluation) {
        List<FeedbackItem> items = evaluations.stream()
                .flatMap(e -> itemsByEvaluation.getOrDefault(e.evaluationId, List.of()).stream()).toList();
        Map<String, Integer> shielded = Reason.zeroCounts();
        items.stream().filter(i -> i.label == Label.NON_ACTIONABLE && i.reason != null)
                .forEach(i -> shielded.merge(i.reason.toString(), 1, Integer::sum));
        // The plan's rule: every constructive item reaches the candidate, the rest is shielded.
        int shown = (int) items.stream().filter(i -> i.label == Label.CONSTRUCTIVE).count();
        Double share = items.isEmpty() ? null : Math.round(1000.0 * shown / items.size()) / 1000.0;
        return new Figures(evaluations.size(), items.size(), shown, share, shielded);
    }

    /** Per interview type the interviewer ran and competency they scored in it. */
    private static List<Calibration> calibration(String organizationId, List<AnalyzedEvaluation> own) {
        Set<String> types = own.stream().map(e -> e.interviewType).collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<AnalyzedEvaluation>> organizations = AnalyzedEvaluation.<AnalyzedEvaluation>list(
                        "organizationId = ?1 and interviewType in ?2", organizationId, types).stream()
                .collect(Collectors.groupingBy(e -> e.interviewType));
        List<Calibration> calibration = new ArrayList<>();
        for (String type : types) {
            List<AnalyzedEvaluation> ownOfType = own.stream().filter(e -> e.interviewType.equals(type)).toList();
            Set<String> competencies = ownOfType.stream().flatMap(e -> e.ratings.stream())
                    .filter(r -> r.score() != null).map(CompetencyRating::competency)
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String competency : competencies) {
                List<Double> ownScores = scores(ownOfType, competency);
                List<Double> organizationScores = scores(organizations.get(type), competency);
                calibration.add(new Calibration(type, competency, mean(ownScores), ownScores.size(),
                        mean(organizationScores), organizationScores.size()));
            }
        }
        return calibration;
    }

    /** One score per evaluation that scored the competency (the mean, should it be rated twice). */
    private static List<Double> scores(List<AnalyzedEvaluation> evaluations, String competency) {
        List<Double> scores = new ArrayList<>();
        for (AnalyzedEvaluation evaluation : evaluations) {
            OptionalDouble score = evaluation.ratings.stream()
                    .filter(r -> r.score() != null && r.competency().equals(competency))
                    .mapToInt(CompetencyRating::score).average();
            score.ifPresent(scores::add);
        }
        return scores;
    }

    private static double mean(List<Double> scores) {
        return Math.round(100 * scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow()) / 100.0;
    }
}
