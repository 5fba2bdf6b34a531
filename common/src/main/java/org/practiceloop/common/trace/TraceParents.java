package org.practiceloop.common.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C {@code traceparent} of the span that stored a row for later work (an outbox event, a
 * queued email or webhook), kept with the row so the later work continues that trace instead of
 * starting one of its own.
 */
public final class TraceParents {

    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceparent, String key) {
            return HEADER.equals(key) ? traceparent : null;
        }
    };

    private TraceParents() {
    }

    /** The current span's traceparent, or null outside any trace. */
    public static String ofCurrentSpan() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        return headers.get(HEADER);
    }

    /**
     * The context to do a row's later work in: its writer's span, or a new trace for rows written
     * outside one (never whatever the worker's thread happens to carry).
     */
    public static Context continuing(String traceparent) {
        return traceparent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, STORED);
    }
}
