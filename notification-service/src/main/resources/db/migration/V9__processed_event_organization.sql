-- Every row names its organisation. Null for events processed before this version: their
-- organisation was not recorded.
alter table processed_event add column organization_id text;
