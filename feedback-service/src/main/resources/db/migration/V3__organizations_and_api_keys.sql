-- This service's copy of the API keys (common/auth/ApiKeys), kept from the compacted topic
-- api-keys: the SHA-256 of each key, never the key. Each service owns its copy.
create table api_key (
    key_id          text primary key,
    organization_id text        not null,
    key_hash        text        not null,
    scopes          text        not null,
    revoked         boolean     not null,
    changed_at      timestamptz not null
);

-- Organisations (partners, coaching platforms) and the keys issued to them; feedback-service
-- runs the operator's admin API and publishes every key change on api-keys.
create table organization (
    id         text primary key,
    name       text        not null,
    created_at timestamptz not null
);

create table issued_api_key (
    key_id          text primary key,
    organization_id text        not null references organization (id),
    name            text        not null,
    scopes          text        not null,
    created_at      timestamptz not null,
    revoked_at      timestamptz,
    replaced_by     text
);

create index issued_api_key_org_idx on issued_api_key (organization_id, created_at);
