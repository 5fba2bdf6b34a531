-- An amendment (EvaluationRevised) removes the items whose text the partner changed; a correction made
-- on such an item is kept (it is history, and its exemplar still teaches the organisation), without it.
alter table label_correction alter column item_id drop not null;
alter table label_correction drop constraint label_correction_item_id_fkey;
alter table label_correction add constraint label_correction_item_id_fkey
    foreign key (item_id) references feedback_item (id) on delete set null;
