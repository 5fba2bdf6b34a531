-- Idempotency-Key (IETF httpapi draft, Stripe's semantics): one row per organisation and key.
create table idempotency_key (
    organization_id   text        not null,
    idempotency_key   text        not null,
    request_hash      text        not null,
    state             text        not null,
    response_status   integer,
    response_body     text,
    response_location text,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    primary key (organization_id, idempotency_key)
);

create index idempotency_key_expiry_idx on idempotency_key (expires_at);

-- Imported rows are recognised on a retry by their content's fingerprint.
alter table evaluation add column import_fingerprint text;
create unique index evaluation_import_fingerprint_idx on evaluation (organization_id, import_fingerprint)
    where import_fingerprint is not null;

-- Questions the partner asked (optional).
alter table evaluation add column questions jsonb;

-- Keyset pagination: newest submissions first.
create index evaluation_submitted_idx on evaluation (organization_id, submitted_at desc, id desc);
