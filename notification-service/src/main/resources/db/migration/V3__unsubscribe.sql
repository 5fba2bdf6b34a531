-- Candidates who asked for no more plan emails (RFC 8058 one-click unsubscribe).
create table unsubscribed_candidate (
    organization_id text        not null,
    candidate_id    text        not null,
    unsubscribed_at timestamptz not null,
    primary key (organization_id, candidate_id)
);

alter table plan_email add column unsubscribe_url text;
