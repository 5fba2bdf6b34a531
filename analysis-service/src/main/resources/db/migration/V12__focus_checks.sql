-- Partners' checks of the candidate's focus areas at a session (EvaluationSubmitted focusChecks, issue 18).
create table focus_check (
    id              uuid primary key,
    organization_id text        not null,
    candidate_id    text        not null,
    evaluation_id   uuid        not null references analyzed_evaluation (evaluation_id),
    interviewer_id  text        not null,
    interviewer_name text,
    session_date    date        not null,
    theme           text        not null,
    progress        text        not null,
    note            text,
    checked_at      timestamptz not null
);

create index focus_check_candidate_idx on focus_check (organization_id, candidate_id);
