-- The W3C traceparent of the span that wrote the row: the relay's publish continues that trace.
-- Null for rows written outside a trace (and rows from before this column existed).
alter table outbox_message add column traceparent text;
