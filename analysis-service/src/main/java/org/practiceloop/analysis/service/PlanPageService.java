package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.practiceloop.analysis.config.PlanPageConfig;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlanVersion;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.EvidenceSource;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.FocusCheckIn;
import org.practiceloop.analysis.domain.LoggedInterview;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.common.link.SignedLinks;

/** Everything the candidate's plan page shows, and the signed link that opens it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanPageService {

    /** One version of the plan as the page shows it. */
    public record PlanPage(String candidateName, int version, Instant createdAt, boolean latest, ActionPlan plan,
            Set<String> drillsDone, int drillCount, int drillsDoneCount, List<ThemeChart> charts,
            List<VersionEntry> versions, List<TimelineEntry> timeline, List<String> leftAside) {

        public boolean isDone(String drillId) {
            return drillsDone.contains(drillId);
        }
    }

    public record VersionEntry(int version, Instant createdAt, boolean shown) {
    }

    /**
     * A mock session or a real interview, oldest first. {@code what}: the mock's interview type,
     * or the real one's role, company and stage; {@code outcome} only for real interviews.
     */
    public record TimelineEntry(LocalDate date, boolean real, String what, String outcome) {
    }

    private final SignedLinks links;
    private final String publicUrl;
    private final ThemeAggregator aggregator;
    private final DrillProgress progress;
    private final CandidateLock candidates;

    PlanPageService(SignedLinks links, PlanPageConfig config, ThemeAggregator aggregator, DrillProgress progress,
            CandidateLock candidates) {
        this.links = links;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
        this.aggregator = aggregator;
        this.progress = progress;
        this.candidates = candidates;
    }

    /** A fresh link to the candidate's plan page; every plan email carries a new one. */
    public String link(String organizationId, String candidateId) {
        return publicUrl + "/plan?token=" + links.issue(organizationId, candidateId);
    }

    /** The ticked drills that this plan contains, in plan order. */
    public List<String> drillsDone(String organizationId, String candidateId, ActionPlan plan) {
        Set<String> done = progress.done(organizationId, candidateId);
        return drillIds(plan).stream().filter(done::contains).toList();
    }

    /** Ticks (or unticks) a drill of the candidate's latest plan; false when that plan has no such drill. */
    @Transactional
    public boolean markDrill(String organizationId, String candidateId, String drillId, boolean done) {
        candidates.lock(organizationId, candidateId); // an erasure either ran already or waits for this
        boolean inLatestPlan = ActionPlanVersion.latest(organizationId, candidateId)
                .map(v -> drillIds(v.content).contains(drillId)).orElse(false);
        if (inLatestPlan) {
            progress.mark(organizationId, candidateId, drillId, done);
        }
        return inLatestPlan;
    }

    /** The requested version, or the latest when {@code version} is null; empty when there is none. */
    public Optional<PlanPage> page(String organizationId, String candidateId, Integer version) {
        List<ActionPlanVersion> versions = ActionPlanVersion.allOf(organizationId, candidateId);
        Optional<ActionPlanVersion> shown = versions.stream()
                .filter(v -> version == null || v.version == version).findFirst();
        return shown.map(v -> {
            List<Theme> themes = v.content.focusAreas().stream().map(ActionPlan.FocusArea::theme).toList();
            List<AnalyzedEvaluation> evaluations = AnalyzedEvaluation.ofCandidate(organizationId, candidateId);
            List<LoggedInterview> interviews = LoggedInterview.ofCandidate(organizationId, candidateId);
            List<FeedbackItem> items = FeedbackItem.ofCandidate(organizationId, candidateId);
            Map<Theme, List<ThemeAggregator.SessionPoint>> timeline = aggregator.timeline(evaluations, items, themes);
            Map<Theme, List<ActionPlan.CheckIn>> checks = FocusCheckIn.ofCandidate(organizationId, candidateId).stream()
                    .collect(Collectors.groupingBy(c -> c.theme, Collectors.mapping(CheckIns::shown, Collectors.toList())));
            List<String> drillIds = drillIds(v.content);
            Set<String> done = progress.done(organizationId, candidateId);
            return new PlanPage(CandidateContact.find(organizationId, candidateId).map(c -> c.name).orElse(null),
                    v.version, v.createdAt, v == versions.get(0), v.content, done, drillIds.size(),
                    (int) drillIds.stream().filter(done::contains).count(),
                    themes.stream().map(t -> ThemeChart.of(t.toString(), t.title(), timeline.get(t),
                            checks.getOrDefault(t, List.of()))).toList(),
                    versions.stream().map(e -> new VersionEntry(e.version, e.createdAt, e == v)).toList(),
                    timeline(evaluations, interviews), leftAside(items));
        });
    }

    private static List<TimelineEntry> timeline(List<AnalyzedEvaluation> evaluations, List<LoggedInterview> interviews) {
        Stream<TimelineEntry> mocks = evaluations.stream()
                .map(e -> new TimelineEntry(e.sessionDate, false, e.interviewType.replace('_', ' '), null));
        Stream<TimelineEntry> real = interviews.stream().map(i -> new TimelineEntry(i.interviewDate, true,
                i.role + (i.company == null ? "" : " at " + i.company) + ", " + i.stage, i.outcome));
        return Stream.concat(mocks, real).sorted(Comparator.comparing(TimelineEntry::date)).toList();
    }

    /**
     * What companies gave as reasons the candidate cannot act on (budget, headcount, a role filled
     * internally), each said once, so it is acknowledged and put aside rather than left to nag.
     * Hurtful or vague items are never shown.
     */
    private static List<String> leftAside(List<FeedbackItem> items) {
        return items.stream().filter(i -> i.origin() == EvidenceSource.COMPANY && i.reason == Reason.EXTERNAL)
                .map(i -> i.text).distinct().toList();
    }

    private static List<String> drillIds(ActionPlan plan) {
        return plan.focusAreas().stream().flatMap(a -> a.drills().stream()).map(ActionPlan.Drill::id)
                .filter(id -> id != null).toList();
    }
}
