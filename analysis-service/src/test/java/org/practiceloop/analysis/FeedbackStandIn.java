package org.practiceloop.analysis;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.practiceloop.common.auth.DelegatedInterview;
import org.practiceloop.devinfra.StandInServer;

/**
 * A real HTTP endpoint standing for feedback-service's interview operation, for the plan page's
 * tests in this module: it records what it is sent and answers 201, or, for a stage it does not
 * know, the 400 problem feedback-service answers, or 503 while {@link #UNAVAILABLE} (its own validation is tested in feedback-service,
 * the whole path over the packaged services in e2e-tests).
 */
public class FeedbackStandIn implements QuarkusTestResourceLifecycleManager {

    /** One hand-over as it arrived. */
    public record Received(String path, String delegatedToken, String idempotencyKey, String body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** When set, it answers 503, as a feedback-service that is failing would. */
    static final AtomicBoolean UNAVAILABLE = new AtomicBoolean();
    private static final String STAGE_PROBLEM = """
            {"type": "urn:practiceloop:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The request has invalid fields.",
             "errors": [{"field": "stage", "message": "must be one of screen, technical, onsite, final"}]}""";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StandInServer.start("/api/v1/candidates/", exchange -> {
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(new Received(exchange.getRequestURI().getRawPath(),
                        exchange.getRequestHeaders().getFirst(DelegatedInterview.HEADER),
                        exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
                boolean knownStage = List.of("screen", "technical", "onsite", "final").stream()
                        .anyMatch(stage -> body.contains("\"stage\":\"" + stage + "\""));
                if (UNAVAILABLE.get()) {
                    StandInServer.answer(exchange, 503, "application/problem+json", "{\"status\": 503}");
                } else if (knownStage) {
                    StandInServer.answer(exchange, 201, "application/json",
                            "{\"id\": \"00000000-0000-0000-0000-000000000001\"}");
                } else {
                    StandInServer.answer(exchange, 400, "application/problem+json", STAGE_PROBLEM);
                }
            } finally {
                exchange.close();
            }
        });
        return Map.of("quarkus.rest-client.feedback.url", StandInServer.baseUrl(server));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
