-- Addresses an SMTP server refused permanently (5xx): no further email is sent to them.
create table suppressed_address (
    organization_id text        not null,
    email           text        not null,
    reason          text        not null,
    created_at      timestamptz not null,
    primary key (organization_id, email)
);
