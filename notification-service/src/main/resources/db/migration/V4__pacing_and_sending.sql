-- How often a candidate wants plan emails; no row means the configured default window.
create table email_preference (
    organization_id text        not null,
    candidate_id    text        not null,
    frequency       text        not null,
    updated_at      timestamptz not null,
    primary key (organization_id, candidate_id)
);

-- SENDING: a dispatcher has claimed the email and is talking to the SMTP server. A claim older
-- than the lease means that dispatcher died mid-send; the email goes back to PENDING.
alter table plan_email add column claimed_at timestamptz;
-- Pacing: a newer version replaces a version still waiting for its window (SUPERSEDED).
alter table plan_email add column superseded_by integer;
alter table plan_email add column replaces_versions integer not null default 0;

create index plan_email_claimed_idx on plan_email (claimed_at) where status = 'SENDING';
