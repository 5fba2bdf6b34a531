-- The partner's email about an evaluation's shielded comments (issue 17): at most one per
-- evaluation, whatever its revisions and redeliveries. Sent through the same queue as plan
-- emails, hence the same queue columns.
create table partner_email (
    id              uuid primary key,
    organization_id text        not null,
    evaluation_id   uuid        not null,
    revision        integer     not null,
    candidate_id    text        not null,
    recipient       text        not null,
    subject         text        not null,
    html_body       text        not null,
    text_body       text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_at      timestamptz,
    last_error      text,
    traceparent     text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    unsubscribe_url text,
    unique (organization_id, evaluation_id)
);

create index partner_email_due_idx on partner_email (next_attempt_at) where status = 'PENDING';
create index partner_email_claimed_idx on partner_email (claimed_at) where status = 'SENDING';
-- Erasure removes a candidate's partner emails: their bodies quote the feedback on them.
create index partner_email_candidate_idx on partner_email (organization_id, candidate_id);

-- Partners who turned these emails off, per organisation and address (lower case).
create table unsubscribed_partner (
    organization_id text        not null,
    email           text        not null,
    unsubscribed_at timestamptz not null,
    primary key (organization_id, email)
);
