-- The W3C traceparent of the span that queued the message (common's TraceParents), so its send,
-- which runs later from the delivery queue, continues that trace. Null: queued outside a trace.
alter table plan_email add column traceparent text;
alter table webhook_delivery add column traceparent text;
