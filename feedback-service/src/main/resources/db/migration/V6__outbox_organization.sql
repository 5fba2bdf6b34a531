-- Every row names its organisation: the outbox's events carried it only inside their payload.
-- Nullable for now: a replica of the previous version, still running during a rolling
-- upgrade, inserts without it. Every version from this one sets it.
alter table outbox_message add column organization_id text;
update outbox_message set organization_id = payload::jsonb ->> 'organizationId';
