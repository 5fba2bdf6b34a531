package org.practiceloop.devinfra;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Every span the service under test finishes, kept in memory for the tests that follow a trace.
 * A CDI exporter takes the place of Quarkus' OTLP exporter, so tests never try to reach a collector.
 */
@Singleton
public class FinishedSpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    @Unremovable
    InMemorySpanExporter exporter() {
        return exporter;
    }

    /** The finished spans of one trace, oldest first. */
    public List<SpanData> ofTrace(String traceId) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList();
    }

    /** The trace id a record's {@code traceparent} header names, or null without one. */
    public static String traceIdOf(ConsumerRecord<?, ?> record) {
        Header traceparent = record.headers().lastHeader("traceparent");
        return traceparent == null ? null : new String(traceparent.value(), StandardCharsets.US_ASCII).split("-")[1];
    }

    /** A random W3C trace id: 16 bytes in lower-case hex. */
    public static String newTraceId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** A W3C traceparent of a sampled caller's span in that trace, as the caller's tracing would send it. */
    public static String newTraceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }
}
