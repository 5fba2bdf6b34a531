package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceloop.analysis.config.PlanPageConfig;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlanVersion;
import org.practiceloop.analysis.domain.AnalyzedEvaluation;
import org.practiceloop.analysis.domain.CandidateContact;
import org.practiceloop.analysis.domain.FeedbackItem;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.common.link.SignedLinks;

/** Everything the candidate's plan page shows, and the signed link that opens it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanPageService {

    /** One version of the plan as the page shows it. */
    public record PlanPage(String candidateName, int version, Instant createdAt, boolean latest, ActionPlan plan,
            Set<String> drillsDone, int drillCount, int drillsDoneCount, List<ThemeChart> charts,
            List<VersionEntry> versions) {

        public boolean isDone(String drillId) {
            return drillsDone.contains(drillId);
        }
    }

    public record VersionEntry(int version, Instant createdAt, boolean shown) {
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
            Map<Theme, List<ThemeAggregator.SessionPoint>> timeline = aggregator.timeline(
                    AnalyzedEvaluation.ofCandidate(organizationId, candidateId),
                    FeedbackItem.ofCandidate(organizationId, candidateId), themes);
            List<String> drillIds = drillIds(v.content);
            Set<String> done = progress.done(organizationId, candidateId);
            return new PlanPage(CandidateContact.find(organizationId, candidateId).map(c -> c.name).orElse(null),
                    v.version, v.createdAt, v == versions.get(0), v.content, done, drillIds.size(),
                    (int) drillIds.stream().filter(done::contains).count(),
                    themes.stream().map(t -> ThemeChart.of(t.toString(), t.title(), timeline.get(t))).toList(),
                    versions.stream().map(e -> new VersionEntry(e.version, e.createdAt, e == v)).toList());
        });
    }

    private static List<String> drillIds(ActionPlan plan) {
        return plan.focusAreas().stream().flatMap(a -> a.drills().stream()).map(ActionPlan.Drill::id)
                .filter(id -> id != null).toList();
    }
}
