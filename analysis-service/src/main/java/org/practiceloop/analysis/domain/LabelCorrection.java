package org.practiceloop.analysis.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A person's correction of an item's label, kept even once undone. While active (not undone) the
 * latest one of an item is an exemplar for its organisation: new items close to it take its label.
 */
@Entity
@Table(name = "label_correction")
public class LabelCorrection extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    /** Null once an amendment of the evaluation removed the item (the correction is kept). */
    @Column(name = "item_id")
    public UUID itemId;

    /** {@code candidate} (from the plan page) or {@code key:<key id>} (a coaching platform's API key). */
    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_before", nullable = false)
    public Label labelBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_before")
    public Reason reasonBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme_before")
    public Theme themeBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_before", nullable = false)
    public LabelSource sourceBefore;

    @Column(name = "confidence_before", nullable = false)
    public double confidenceBefore;

    @Column(name = "uncertain_before", nullable = false)
    public boolean uncertainBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_after", nullable = false)
    public Label labelAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_after")
    public Reason reasonAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme_after")
    public Theme themeAfter;

    public String note;

    /** The model that made the label this correction replaced; null for items labelled before versions were kept. */
    @Column(name = "model_version")
    public String modelVersion;

    /** The item text's sentence embedding (EmbeddingVectors). */
    @Column(nullable = false)
    public byte[] embedding;

    @Column(name = "undone_at")
    public Instant undoneAt;

    @Column(name = "undone_by")
    public String undoneBy;

    /** The item's active corrections, oldest first. */
    public static List<LabelCorrection> activeOf(String organizationId, UUID itemId) {
        return list("organizationId = ?1 and itemId = ?2 and undoneAt is null order by correctedAt, id",
                organizationId, itemId);
    }

    /** The organisation's exemplars: each corrected item's latest active correction. */
    public static Collection<LabelCorrection> exemplars(String organizationId) {
        Map<UUID, LabelCorrection> latest = new LinkedHashMap<>();
        List<LabelCorrection> active = list("organizationId = ?1 and undoneAt is null order by correctedAt, id",
                organizationId);
        active.forEach(c -> latest.put(c.itemId, c));
        return latest.values();
    }

    public static List<LabelCorrection> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by correctedAt, id", organizationId, candidateId);
    }
}
