package org.practiceloop.analysis.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One labelled piece of an evaluation's free text, or of the feedback a company gave after a real interview. */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Set for an item of a mock session's evaluation; otherwise {@link #interviewId} is. */
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "interview_id")
    public UUID interviewId;

    @TenantId
    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "candidate_id", nullable = false)
    public String candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemSource source;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Label label;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    @Column(nullable = false)
    public double confidence;

    /** The confidence is below the calibrated threshold: counted in themes, never quoted as evidence. */
    @Column(nullable = false)
    public boolean uncertain;

    @Enumerated(EnumType.STRING)
    public Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_source", nullable = false)
    public LabelSource labelSource = LabelSource.MODEL;

    /** The model that labelled the text (even when a correction then gave the label); null before it was kept. */
    @Column(name = "model_version")
    public String modelVersion;

    public EvidenceSource origin() {
        return interviewId == null ? EvidenceSource.MOCK : EvidenceSource.COMPANY;
    }

    public static List<FeedbackItem> ofCandidate(String organizationId, String candidateId) {
        return list("organizationId = ?1 and candidateId = ?2 order by evaluationId, source, position",
                organizationId, candidateId);
    }
}
