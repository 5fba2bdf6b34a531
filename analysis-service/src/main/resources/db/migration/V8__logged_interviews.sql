-- Real interviews the candidate logged (InterviewLogged); their feedback's items go to feedback_item.
create table logged_interview (
    interview_id    uuid primary key,
    organization_id text        not null,
    candidate_id    text        not null,
    company         text,
    role            text        not null,
    stage           text        not null,
    interview_date  date        not null,
    outcome         text        not null,
    logged_at       timestamptz not null
);

create index logged_interview_candidate_idx on logged_interview (organization_id, candidate_id);

-- An item comes from exactly one of a mock session's evaluation and a real interview.
alter table feedback_item alter column evaluation_id drop not null;
alter table feedback_item add column interview_id uuid references logged_interview (interview_id);
alter table feedback_item add constraint feedback_item_one_origin
    check ((evaluation_id is null) <> (interview_id is null));
