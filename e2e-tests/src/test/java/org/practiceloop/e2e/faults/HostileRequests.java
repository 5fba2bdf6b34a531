package org.practiceloop.e2e.faults;

import static org.practiceloop.e2e.faults.HostileText.abbreviate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.e2e.faults.HostileEndpoints.Target;

/**
 * What attacks the services' answers: generated malformed and hostile requests, spread over every
 * endpoint, must get an answer that is never a 5xx, and from the API always problem+json.
 */
final class HostileRequests {

    private static final long SEED = 20261122L;

    private record Outcome(String target, boolean api, int status, boolean problemJson, String variant) {
    }

    private final FaultHarness harness;
    private final HttpClient http;
    private final List<Target> targets;

    HostileRequests(FaultHarness harness, HttpClient http, String evaluation) {
        this.harness = harness;
        this.http = http;
        this.targets = HostileEndpoints.all(harness, evaluation);
    }

    List<Invariants.Check> run(int requests, StringBuilder details) throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Target target = targets.get(i % targets.size());
            Random random = new Random(SEED + i);
            sent.add(pool.submit(() -> outcomes.add(send(target, random))));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        pool.shutdown();

        Map<String, Map<Integer, Integer>> byTarget = new TreeMap<>();
        outcomes.forEach(o -> byTarget.computeIfAbsent(o.target(), t -> new TreeMap<>()).merge(o.status(), 1, Integer::sum));
        details.append("Answers per endpoint (status: count) to ").append(requests).append(" generated requests:\n\n");
        byTarget.forEach((target, statuses) -> details.append("- ").append(target).append(": ").append(statuses).append('\n'));
        List<Outcome> serverErrors = outcomes.stream().filter(o -> o.status() >= 500 || o.status() == 0).toList();
        // 414 and 431 come from the HTTP server itself (request line or headers over its limits),
        // before any application code runs: plain answers, counted apart.
        List<Outcome> notProblem = outcomes.stream()
                .filter(o -> o.api() && o.status() >= 400 && !o.problemJson() && !httpLayer(o.status())).toList();
        long httpLayer = outcomes.stream().filter(o -> httpLayer(o.status())).count();
        return List.of(
                new Invariants.Check("no 5xx (and an answer) for any of " + requests + " hostile requests",
                        serverErrors.isEmpty(), serverErrors.size() + " failed, e.g. " + examples(serverErrors)),
                new Invariants.Check("every API error is application/problem+json", notProblem.isEmpty(),
                        notProblem.size() + " were not, e.g. " + examples(notProblem) + "; besides, " + httpLayer
                                + " refused by the HTTP server before the application (414/431, plain text)"));
    }

    private Outcome send(Target target, Random random) {
        String path = target.path().apply(random);
        byte[] body = target.body() == null ? null : target.body().apply(random);
        String variant = abbreviate(body == null ? path : new String(body, StandardCharsets.UTF_8));
        String key = target.operatorKey() ? harness.operatorKey() : TestApiKeys.DEFAULT_ORGANIZATION;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key);
        if (body == null) {
            request.method(target.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", target.contentType())
                    .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedBeforeAnswer) {
                // A kept-alive connection the server had just closed (after refusing an earlier
                // request on it unread) fails before a byte is answered; clients send such a request again.
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            return new Outcome(target.name(), target.api(), response.statusCode(), problem, variant);
        } catch (IOException e) {
            return new Outcome(target.name(), target.api(), 0, false, variant + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(target.name(), target.api(), 0, false, variant);
        }
    }

    private static boolean httpLayer(int status) {
        return status == 414 || status == 431;
    }

    private static String examples(List<Outcome> outcomes) {
        return outcomes.stream().limit(5).map(o -> o.target() + " " + o.status() + " <- " + o.variant())
                .toList().toString();
    }
}
