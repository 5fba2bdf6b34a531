create table evaluation (
    id               uuid primary key,
    organization_id  text        not null,
    candidate_id     text        not null,
    candidate_email  text        not null,
    candidate_name   text,
    interviewer_id   text        not null,
    interviewer_name text,
    session_date     date        not null,
    interview_type   text        not null,
    target_role      text,
    target_level     text,
    ratings          jsonb       not null,
    recommendation   text        not null,
    strengths        text,
    improvements     text,
    comments         text,
    submitted_at     timestamptz not null
);

create index evaluation_candidate_idx on evaluation (organization_id, candidate_id, session_date);

-- Transactional outbox (the outbox module): written in the same transaction as the evaluation.
create table outbox_message (
    id           uuid primary key,
    topic        text        not null,
    message_key  text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0
);

create index outbox_message_pending_idx on outbox_message (created_at) where published_at is null;
