-- Endpoints a coaching platform registered. The secret signs every delivery (Standard
-- Webhooks); it is shown once at registration and needed in clear to sign.
create table webhook_endpoint (
    id                   uuid primary key,
    organization_id      text        not null,
    url                  text        not null,
    description          text,
    event_types          text[]      not null,
    secret               text        not null,
    enabled              boolean     not null,
    consecutive_failures integer     not null default 0,
    disabled_reason      text,
    disabled_at          timestamptz,
    created_at           timestamptz not null
);

create index webhook_endpoint_org_idx on webhook_endpoint (organization_id);

-- One message to one endpoint. The body is stored exactly as signed; message_id is the
-- webhook-id header, the same on every retry, and unique per endpoint so a redelivered
-- event queues nothing new.
create table webhook_delivery (
    id                   uuid primary key,
    endpoint_id          uuid        not null references webhook_endpoint (id) on delete cascade,
    message_id           text        not null,
    event_type           text        not null,
    payload              text        not null,
    status               text        not null,
    attempts             integer     not null default 0,
    next_attempt_at      timestamptz not null,
    claimed_at           timestamptz,
    last_response_status integer,
    last_error           text,
    created_at           timestamptz not null,
    delivered_at         timestamptz,
    unique (endpoint_id, message_id)
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_claimed_idx on webhook_delivery (claimed_at) where status = 'SENDING';
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, created_at);
