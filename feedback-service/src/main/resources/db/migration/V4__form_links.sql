-- Links to the partner form that an organisation gives its interviewers: the link's signed
-- token names the organisation and this row; revoking the row disables the link at once.
create table form_link (
    id              uuid primary key,
    organization_id text        not null,
    label           text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz
);

create index form_link_org_idx on form_link (organization_id, created_at);
