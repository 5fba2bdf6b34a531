package org.practiceloop.e2e.faults;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.practiceloop.e2e.TestSystem;

/**
 * The hostile-input scenario: generated malformed and hostile requests against every public
 * endpoint of the three services ({@link HostileRequests}: broken JSON, wrong types, huge strings,
 * deep nesting, unicode edge cases, HTML, script and SQL in text, from {@link HostileBodies} and
 * {@link HostileUrls}, aimed by {@link HostileEndpoints}), then one hostile but valid evaluation
 * followed to the form, the plan page and the email ({@link HostileRendering}): stored verbatim,
 * rendered escaped everywhere.
 */
final class HostileInput {

    private final HostileRequests requests;
    private final HostileRendering rendering;

    HostileInput(FaultHarness harness) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String evaluation = TestSystem.exampleEvaluation();
        this.requests = new HostileRequests(harness, http, evaluation);
        this.rendering = new HostileRendering(harness, http, evaluation);
    }

    List<Invariants.Check> run(int requests, StringBuilder details) throws Exception {
        List<Invariants.Check> checks = new ArrayList<>(this.requests.run(requests, details));
        checks.addAll(rendering.run());
        return checks;
    }
}
