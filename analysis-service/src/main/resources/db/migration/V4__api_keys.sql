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
