-- Where an item's label came from: the model, or a correction (made on this item, or on a close
-- enough item of the same organisation: an exemplar). The model's version is kept so a correction
-- can say which model made the label it replaced; null for items labelled before this version.
alter table feedback_item add column label_source text not null default 'MODEL';
alter table feedback_item add column model_version text;

-- Corrections of an item's label by the candidate (plan page) or a coaching platform (API).
-- Every correction is kept; an undone one keeps its row with undone_at. The active (not undone)
-- latest correction of an item is an exemplar for its organisation's new items: its embedding is
-- the item text's sentence embedding (float32 little-endian, EmbeddingVectors).
create table label_correction (
    id                 uuid primary key,
    organization_id    text             not null,
    candidate_id       text             not null,
    item_id            uuid             not null references feedback_item (id),
    corrected_by       text             not null,
    corrected_at       timestamptz      not null,
    label_before       text             not null,
    reason_before      text,
    theme_before       text,
    source_before      text             not null,
    confidence_before  double precision not null,
    uncertain_before   boolean          not null,
    label_after        text             not null,
    reason_after       text,
    theme_after        text,
    note               text,
    model_version      text,
    embedding          bytea            not null,
    undone_at          timestamptz,
    undone_by          text
);

create index label_correction_candidate_idx on label_correction (organization_id, candidate_id);
create index label_correction_active_idx on label_correction (organization_id) where undone_at is null;
