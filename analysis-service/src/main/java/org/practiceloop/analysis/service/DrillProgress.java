package org.practiceloop.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.practiceloop.analysis.domain.CompletedDrill;

/**
 * The drills a candidate ticked as done. Ticking twice is the same as once; the caller holds the
 * candidate's lock ({@link CandidateLock}), so two ticks never race and no upsert is needed.
 */
@ApplicationScoped
@Transactional
public class DrillProgress {

    public void mark(String organizationId, String candidateId, String drillId, boolean done) {
        CompletedDrill.Key key = new CompletedDrill.Key(organizationId, candidateId, drillId);
        CompletedDrill ticked = CompletedDrill.findById(key);
        if (done && ticked == null) {
            CompletedDrill drill = new CompletedDrill();
            drill.organizationId = organizationId;
            drill.candidateId = candidateId;
            drill.drillId = drillId;
            drill.doneAt = Instant.now();
            drill.persist();
        } else if (!done && ticked != null) {
            ticked.delete();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> done(String organizationId, String candidateId) {
        return CompletedDrill.<CompletedDrill>list("organizationId = ?1 and candidateId = ?2", organizationId, candidateId)
                .stream().map(drill -> drill.drillId).collect(Collectors.toUnmodifiableSet());
    }
}
