-- Drills a candidate ticked as done on their plan page. Keyed by the drill's id in the practice
-- library, not by plan version, so a tick carries over to every later version that keeps the drill.
create table drill_progress (
    organization_id text        not null,
    candidate_id    text        not null,
    drill_id        text        not null,
    done_at         timestamptz not null,
    primary key (organization_id, candidate_id, drill_id)
);
