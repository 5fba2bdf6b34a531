package org.practiceloop.feedback;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;
import org.practiceloop.common.auth.DelegatedFocusAreas;
import org.practiceloop.common.auth.DelegatedReview;
import org.practiceloop.common.link.LinkFixtures;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.devinfra.StandInServer;

/**
 * A real HTTP endpoint standing for analysis-service's focus areas: it checks feedback-service's
 * token as analysis does (the test review key, the candidate in the subject) and answers a plan
 * for {@link #PLANNED} of organisation {@code default}, 404 for everyone else. The real endpoint
 * is analysis-service's FocusAreasResourceTest; the two together over the packaged services are e2e.
 */
public class AnalysisPlanStandIn implements QuarkusTestResourceLifecycleManager {

    static final String PLANNED = "cand-planned";
    /** The test profile's review key (application.properties), as analysis-service holds it. */
    private static final SignedLinks ANALYSIS_SIDE =
            LinkFixtures.signedWith("default", "test-only-review-delegation-key-0123456789");
    private static final String PLAN = """
            {"candidateId": "cand-planned", "planVersion": 3, "recheckOn": "2026-03-16",
             "focusAreas": [{"theme": "problem_clarification", "title": "Clarifying the problem",
                             "lookFor": "You ask about inputs and edge cases before writing code.", "recheckOn": "2026-03-16"},
                            {"theme": "communication", "title": "Communication",
                             "lookFor": "You think aloud and check in with the interviewer.", "recheckOn": "2026-03-16"}]}""";

    /** The real PostgreSQL, broker and test API keys, and this endpoint in place of analysis-service. */
    public static class Profile extends AnalysisStandInProfile {

        public Profile() {
            super(AnalysisPlanStandIn.class);
        }
    }

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StandInServer.start("/api/v1/candidates/", exchange -> {
            try {
                String token = exchange.getRequestHeaders().getFirst(DelegatedReview.HEADER);
                Optional<SignedLinks.Subject> subject = token == null ? Optional.empty() : ANALYSIS_SIDE.verify(token);
                String path = exchange.getRequestURI().getPath();
                if (subject.isEmpty()) {
                    StandInServer.answer(exchange, 401, "application/problem+json", "{\"status\": 401}");
                } else if (subject.get().organizationId().equals("default")
                        && subject.get().subjectId().equals(DelegatedFocusAreas.subject(PLANNED))
                        && path.equals("/api/v1/candidates/" + PLANNED + "/focus-areas")) {
                    StandInServer.answer(exchange, 200, "application/json", PLAN);
                } else {
                    StandInServer.answer(exchange, 404, "application/problem+json", "{\"status\": 404}");
                }
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
