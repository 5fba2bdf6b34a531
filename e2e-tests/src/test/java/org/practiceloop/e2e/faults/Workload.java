package org.practiceloop.e2e.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.e2e.TestSystem;

/**
 * Posts evaluations at a steady rate, as a partner's integration would: each carries a unique
 * marker and an Idempotency-Key, and a 503 or a broken connection is retried with the same key
 * (after Retry-After) for up to a minute. Every answer is recorded; a 201 is an acknowledgement.
 */
final class Workload implements AutoCloseable {

    /** One answer from the API. {@code evaluationId} is set for a 201; status 0 means no answer (I/O error). */
    record Response(String candidateId, String marker, int status, String evaluationId, Instant sentAt,
            long latencyMillis, boolean problemJson) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final LocalDate FIRST_SESSION = LocalDate.of(2025, 1, 6);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private final String url;
    private final String template;
    private final List<String> candidates;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Response> responses = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(64);

    private Workload(String feedbackUrl, String run, int candidateCount) {
        this.url = feedbackUrl + "/api/v1/evaluations";
        try {
            this.template = Files.readString(TestSystem.ROOT.resolve("feedback-service/src/test/resources/evaluation.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < candidateCount; c++) {
            names.add(run + "-c" + c);
        }
        this.candidates = List.copyOf(names);
    }

    /** Starts posting {@code perSecond} evaluations per second, spread over the candidates in turn. */
    static Workload start(String feedbackUrl, String run, int candidateCount, double perSecond) {
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
        boolean first = true;
        while (true) {
            Response response = first ? send(candidate, marker, body, idempotencyKey, dueAt, due)
                    : send(candidate, marker, body, idempotencyKey, Instant.now(), System.nanoTime());
            first = false;
            responses.add(response);
            boolean retryable = response.status() == 0 || response.status() == 503 || response.status() == 409;
            if (!retryable || Instant.now().isAfter(deadline)) {
                return;
            }
            sleep(response.status() == 409 ? 500 : 2_000);
        }
    }

    private Response send(String candidate, String marker, String body, String idempotencyKey, Instant sentAt,
            long started) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestApiKeys.DEFAULT_ORGANIZATION)
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = (System.nanoTime() - started) / 1_000_000;
            String id = null;
            if (response.statusCode() == 201) {
                Matcher matcher = ID.matcher(response.body());
                id = matcher.find() ? matcher.group(1) : null;
            }
            boolean problem = response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            return new Response(candidate, marker, response.statusCode(), id, sentAt, latency, problem);
        } catch (IOException e) {
            return new Response(candidate, marker, 0, null, sentAt, (System.nanoTime() - started) / 1_000_000, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(candidate, marker, 0, null, sentAt, 0, false);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
