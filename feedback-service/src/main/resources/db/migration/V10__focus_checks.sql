-- A partner's check of the candidate's focus areas at this session (issue 18): [{theme, progress, note}].
alter table evaluation add column focus_checks jsonb;
