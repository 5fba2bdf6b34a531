package org.practiceloop.feedback;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.practiceloop.devinfra.StandInServer;

/**
 * A real HTTP endpoint standing for an analysis-service that answers its review operation, but
 * only after 3 s: longer than feedback-service waits. Only for the fallback's test; the review
 * itself is tested against the real analysis-service (e2e-tests).
 */
public class SlowAnalysis implements QuarkusTestResourceLifecycleManager {

    /** The real PostgreSQL, broker and test API keys, and this endpoint in place of analysis-service. */
    public static class Profile extends AnalysisStandInProfile {

        public Profile() {
            super(SlowAnalysis.class);
        }
    }

    static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final String ANSWER = """
            {"items": [], "summary": {"items": 0, "shown": 0, "shielded": {}}}""";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StandInServer.start("/api/v1/reviews", exchange -> {
            REQUESTS.incrementAndGet();
            try {
                Thread.sleep(3_000);
                StandInServer.answer(exchange, 200, "application/json", ANSWER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        return Map.of("quarkus.rest-client.analysis.url", StandInServer.baseUrl(server));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
