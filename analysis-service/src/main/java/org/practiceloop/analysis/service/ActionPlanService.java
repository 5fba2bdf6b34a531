package org.practiceloop.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.practiceloop.analysis.config.AnalysisConfig;
import org.practiceloop.analysis.domain.ActionPlan;
import org.practiceloop.analysis.domain.ActionPlanVersion;
import org.practiceloop.common.crypto.Sha256;

/** Keeps the versions of each candidate's plan: a new one only when the content changed. */
@ApplicationScoped
@Transactional
public class ActionPlanService {

    private final ObjectMapper mapper;
    private final AnalysisConfig config;

    ActionPlanService(ObjectMapper mapper, AnalysisConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * The new version, or empty when the plan is the same as the latest one. The new version's
     * re-check dates count from the day it is made ({@link ActionPlan#madeOn}); the comparison is of
     * the plan as built, without that day, so an unchanged history makes no new version on a later day.
     */
    public Optional<ActionPlanVersion> storeIfChanged(String organizationId, String candidateId, ActionPlan plan) {
        String hash = hash(plan);
        Optional<ActionPlanVersion> latest = ActionPlanVersion.latest(organizationId, candidateId);
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return Optional.empty();
        }
        ActionPlanVersion version = new ActionPlanVersion();
        version.id = UUID.randomUUID();
        version.organizationId = organizationId;
        version.candidateId = candidateId;
        version.version = latest.map(v -> v.version + 1).orElse(1);
        version.createdAt = Instant.now();
        version.content = plan.madeOn(LocalDate.ofInstant(version.createdAt, ZoneOffset.UTC), config.recheckAfterDays());
        version.contentHash = hash;
        version.persist();
        return Optional.of(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionPlanVersion> latest(String organizationId, String candidateId) {
        return ActionPlanVersion.latest(organizationId, candidateId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionPlanVersion> version(String organizationId, String candidateId, int version) {
        return ActionPlanVersion.find(organizationId, candidateId, version);
    }

    private String hash(ActionPlan plan) {
        try {
            return Sha256.hex(mapper.writeValueAsBytes(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint a plan", e);
        }
    }

}
