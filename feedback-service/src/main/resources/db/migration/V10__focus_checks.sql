-- A partner's check of the candidate's focus areas at this session (issue 18): [{theme, progress, note}].
alter table evaluation add column focus_checks jsonb;
-- Kept with each earlier revision too: an amendment replaces the checks with the rest of the content.
alter table evaluation_revision add column focus_checks jsonb;
