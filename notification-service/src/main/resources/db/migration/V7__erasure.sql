-- Candidates erased (GDPR), by id only: a plan event created before the erasure that arrives
-- after it (plans and erasures travel on different topics) must not bring the candidate back.
create table erased_candidate (
    organization_id text        not null,
    candidate_id    text        not null,
    erased_at       timestamptz not null,
    primary key (organization_id, candidate_id)
);
