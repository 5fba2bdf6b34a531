-- Published outbox rows are deleted after a retention (OutboxPurge); this finds them without a scan.
create index outbox_message_published_idx on outbox_message (published_at) where published_at is not null;
