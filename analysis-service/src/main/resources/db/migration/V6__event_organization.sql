-- Every row names its organisation: the outbox's events carried it only inside their payload,
-- and the processed-events log not at all. Nullable: a replica of the previous version, still
-- running during a rolling upgrade, inserts without it; every version from this one sets it.
alter table outbox_message add column organization_id text;
update outbox_message set organization_id = payload::jsonb ->> 'organizationId';

-- Null also for events processed before this version: their organisation was not recorded.
alter table processed_event add column organization_id text;
