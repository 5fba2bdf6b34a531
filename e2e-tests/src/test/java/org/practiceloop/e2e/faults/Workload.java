package org.practiceloop.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.e2e.TestSystem;

/**
 * Posts evaluations at a steady rate, as a partner's integration would: each carries a unique
 * marker (in its comments) and an Idempotency-Key, and a 503, a 409 or a broken connection is
 * retried with the same key (after Retry-After) for up to 90 s, longer than the service takes to
 * free a key whose request was abandoned (60 s). Every answer is recorded; a 201 is an
 * acknowledgement. Latencies count from when the submission was due, retries included.
 */
final class Workload implements AutoCloseable {

    /**
     * One answer from the API. {@code evaluationId} is set for a 201; status 0 means no answer (I/O
     * error). {@code dueAt}: when the submission was due; {@code sentAt}: when this attempt was sent;
     * {@code latencyMillis}: from due to this answer, earlier attempts included.
     */
    record Response(String candidateId, String marker, int status, String evaluationId, Instant dueAt, Instant sentAt,
            long latencyMillis, boolean problemJson) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final LocalDate FIRST_SESSION = LocalDate.of(2025, 1, 6);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);

    /** The feedback-service to post to, asked again for every attempt (a load balancer's choice). */
    private final Supplier<String> feedbackUrl;
    private final String template;
    private final List<String> candidates;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Response> responses = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(64);

    private Workload(Supplier<String> feedbackUrl, String run, int candidateCount) {
        this.feedbackUrl = feedbackUrl;
        this.template = TestSystem.exampleEvaluation();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < candidateCount; c++) {
            names.add(run + "-c" + c);
        }
        this.candidates = List.copyOf(names);
    }

    /** Starts posting {@code perSecond} evaluations per second, spread over the candidates in turn. */
    static Workload start(Supplier<String> feedbackUrl, String run, int candidateCount, double perSecond) {
        Workload workload = new Workload(feedbackUrl, run, candidateCount);
        long periodMicros = Math.round(1_000_000 / perSecond);
        workload.pacer.scheduleAtFixedRate(() -> {
            Instant dueAt = Instant.now();
            long due = System.nanoTime();
            workload.senders.submit(() -> workload.submitNext(dueAt, due));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        return workload;
    }

    List<String> candidates() {
        return candidates;
    }

    /** Stops issuing new submissions and waits for those in flight (with their retries). */
    List<Response> stop() throws InterruptedException {
        pacer.shutdownNow();
        senders.shutdown();
        if (!senders.awaitTermination(GIVE_UP_AFTER.toSeconds() + 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("submissions still in flight after their retry deadline");
        }
        synchronized (responses) {
            return List.copyOf(responses);
        }
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        senders.shutdownNow();
    }

    /** Latency counts from when the submission was due, so time queued in this client counts too. */
    private void submitNext(Instant dueAt, long due) {
        int n = sequence.getAndIncrement();
        String candidate = candidates.get(n % candidates.size());
        int session = n / candidates.size();
        String marker = "m" + UUID.randomUUID().toString().substring(0, 12);
        String body = template
                .replace("\"cand-42\"", "\"" + candidate + "\"")
                .replace("ada@example.com", candidate + "@example.com")
                .replace("\"2026-03-02\"", "\"" + FIRST_SESSION.plusDays(session) + "\"")
                .replace("nothing to do with you.", "nothing to do with you. Reference " + marker + ".");
        String idempotencyKey = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
        while (!Thread.currentThread().isInterrupted()) {
            Attempt attempt = send(candidate, marker, body, idempotencyKey, dueAt, due);
            responses.add(attempt.response());
            int status = attempt.response().status();
            boolean retryable = status == 0 || status == 503 || status == 409;
            if (!retryable || Instant.now().isAfter(deadline)) {
                return;
            }
            sleep(attempt.retryAfterMillis());
        }
    }

    private record Attempt(Response response, long retryAfterMillis) {
    }

    /** {@code dueAt}, {@code due}: when the submission was due; every attempt's latency counts from then. */
    private Attempt send(String candidate, String marker, String body, String idempotencyKey, Instant dueAt,
            long due) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(feedbackUrl.get() + "/api/v1/evaluations")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestApiKeys.DEFAULT_ORGANIZATION)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Instant sentAt = Instant.now();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String id = null;
            if (response.statusCode() == 201) {
                Matcher matcher = ID.matcher(response.body());
                id = matcher.find() ? matcher.group(1) : null;
            }
            boolean problem = response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).map(s -> s * 1000)
                    .orElse(response.statusCode() == 409 ? 500L : 2_000L);
            return new Attempt(new Response(candidate, marker, response.statusCode(), id, dueAt, sentAt,
                    millisSince(due), problem), retryAfter);
        } catch (IOException e) {
            return new Attempt(new Response(candidate, marker, 0, null, dueAt, sentAt, millisSince(due), false), 2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(new Response(candidate, marker, 0, null, dueAt, sentAt, millisSince(due), false), 0);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
