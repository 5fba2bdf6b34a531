create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null
);

create table plan_email (
    id              uuid primary key,
    organization_id text        not null,
    candidate_id    text        not null,
    plan_version    integer     not null,
    recipient       text        not null,
    subject         text        not null,
    html_body       text        not null,
    text_body       text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    unique (organization_id, candidate_id, plan_version)
);

create index plan_email_due_idx on plan_email (next_attempt_at) where status = 'PENDING';
