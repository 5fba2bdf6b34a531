-- Every row names its organisation: the outbox's events carried it only inside their payload.
alter table outbox_message add column organization_id text;
update outbox_message set organization_id = payload::jsonb ->> 'organizationId';
alter table outbox_message alter column organization_id set not null;
