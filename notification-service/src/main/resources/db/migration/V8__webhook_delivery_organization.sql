-- Every row carries its organisation (docs/operators.md, isolation): deliveries had it only
-- through their endpoint.
alter table webhook_delivery add column organization_id text;
update webhook_delivery d set organization_id = e.organization_id from webhook_endpoint e where e.id = d.endpoint_id;
alter table webhook_delivery alter column organization_id set not null;
