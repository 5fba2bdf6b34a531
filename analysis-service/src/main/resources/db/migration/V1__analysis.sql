create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null
);

create table candidate_contact (
    organization_id text not null,
    candidate_id    text not null,
    email           text not null,
    name            text,
    primary key (organization_id, candidate_id)
);

create table analyzed_evaluation (
    evaluation_id   uuid primary key,
    organization_id text        not null,
    candidate_id    text        not null,
    interviewer_id  text        not null,
    session_date    date        not null,
    interview_type  text        not null,
    ratings         jsonb       not null,
    analyzed_at     timestamptz not null
);

create index analyzed_evaluation_candidate_idx on analyzed_evaluation (organization_id, candidate_id);

create table feedback_item (
    id              uuid primary key,
    evaluation_id   uuid             not null references analyzed_evaluation (evaluation_id),
    organization_id text             not null,
    candidate_id    text             not null,
    source          text             not null,
    position        integer          not null,
    text            text             not null,
    label           text             not null,
    reason          text,
    confidence      double precision not null,
    theme           text
);

create index feedback_item_candidate_idx on feedback_item (organization_id, candidate_id);

create table action_plan_version (
    id              uuid primary key,
    organization_id text        not null,
    candidate_id    text        not null,
    version         integer     not null,
    content         jsonb       not null,
    content_hash    text        not null,
    created_at      timestamptz not null,
    unique (organization_id, candidate_id, version)
);

-- Transactional outbox (the outbox module): ActionPlanUpdated events.
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
