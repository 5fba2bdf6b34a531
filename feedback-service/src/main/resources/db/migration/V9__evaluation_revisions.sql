-- Issue 17: the partner's own email (for the email telling them which comments the candidate will
-- not see), and amendments. The evaluation row holds the latest revision; every earlier one is kept
-- in evaluation_revision, as it was, until the candidate is erased.
alter table evaluation add column interviewer_email text;
alter table evaluation add column revision integer not null default 1;
alter table evaluation add column revised_at timestamptz;
alter table evaluation add column amendable_until timestamptz;
-- Evaluations stored before amending existed: revision 1, amendable for the default window.
update evaluation set revised_at = submitted_at, amendable_until = submitted_at + interval '7 days';
alter table evaluation alter column revised_at set not null;
alter table evaluation alter column amendable_until set not null;

create table evaluation_revision (
    id                uuid primary key,
    organization_id   text        not null,
    evaluation_id     uuid        not null references evaluation (id),
    revision          integer     not null,
    revised_at        timestamptz not null,
    candidate_id      text        not null,
    candidate_email   text        not null,
    candidate_name    text,
    interviewer_id    text        not null,
    interviewer_name  text,
    interviewer_email text,
    session_date      date        not null,
    interview_type    text        not null,
    target_role       text,
    target_level      text,
    ratings           jsonb       not null,
    recommendation    text        not null,
    strengths         text,
    improvements      text,
    comments          text,
    questions         jsonb,
    unique (evaluation_id, revision)
);

-- Erasure removes a candidate's revisions by candidate.
create index evaluation_revision_candidate_idx on evaluation_revision (organization_id, candidate_id);
