-- Real interviews a candidate logs (or a platform logs for them), with the company's feedback verbatim.
create table interview (
    id              uuid primary key,
    organization_id text        not null,
    candidate_id    text        not null,
    company         text,
    role            text        not null,
    stage           text        not null,
    interview_date  date        not null,
    outcome         text        not null,
    feedback        text,
    logged_at       timestamptz not null
);

create index interview_candidate_idx on interview (organization_id, candidate_id, interview_date);
