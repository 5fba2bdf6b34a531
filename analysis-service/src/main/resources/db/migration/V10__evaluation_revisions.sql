-- Issue 17: an amended evaluation arrives again as EvaluationRevised; the stored revision tells a
-- newer one (which replaces the items) from a redelivered or overtaken one (ignored). The partner's
-- address and the amend deadline are the evaluation's too, so an erasure deletes them with the row.
alter table analyzed_evaluation add column revision integer not null default 1;
alter table analyzed_evaluation add column interviewer_email text;
alter table analyzed_evaluation add column amendable_until timestamptz;
