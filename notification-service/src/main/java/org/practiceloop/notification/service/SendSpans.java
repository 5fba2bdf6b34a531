package org.practiceloop.notification.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;
import org.practiceloop.common.trace.TraceParents;
import org.practiceloop.notification.domain.QueuedMessage;

/**
 * A span for each send of a queued message, a child of the span that queued it (its stored
 * traceparent): the send runs later, from the queue, yet belongs to the trace of the event or
 * request that caused it. Automatic propagation cannot do this: nothing carries the context
 * from the queueing transaction to the dispatcher's thread but the row.
 */
final class SendSpans {

    /** A send under way, and the context of its span, for what its outcome queues in turn. */
    record Traced<O>(CompletableFuture<O> outcome, Context context) {
    }

    private final Tracer tracer;
    private final String name;

    /** {@code name}: what the span is called, e.g. "plan-email send". */
    SendSpans(Tracer tracer, String name) {
        this.tracer = tracer;
        this.name = name;
    }

    <M extends QueuedMessage, O> Traced<O> send(M message, DeliveryQueue.Sender<M, O> sender) {
        Context queuedIn = TraceParents.continuing(message.traceparent);
        Span span = tracer.spanBuilder(name).setParent(queuedIn).setSpanKind(SpanKind.CLIENT)
                .setAttribute("practiceloop.message.id", message.id.toString())
                .setAttribute("practiceloop.attempt", message.attempts)
                .startSpan();
        Context context = queuedIn.with(span);
        CompletableFuture<O> outcome;
        try (Scope scope = context.makeCurrent()) {
            outcome = sender.send(message);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.end();
            throw e;
        }
        outcome.whenComplete((result, thrown) -> {
            String failure = thrown != null ? thrown.getClass().getSimpleName() : sender.failureOf(result);
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, failure);
            }
            span.end();
        });
        return new Traced<>(outcome, context);
    }
}
