package org.practiceloop.e2e.faults;

import static org.practiceloop.e2e.faults.HostileText.utf8;
import static org.practiceloop.e2e.faults.HostileUrls.value;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Every public endpoint of the three services, each with the hostile URL and body it is sent. */
final class HostileEndpoints {

    /** One kind of request, and the body (or query) each hostile variant replaces. */
    record Target(String name, String method, Function<Random, String> path, String contentType,
            Function<Random, byte[]> body, boolean api) {

        /** The admin API's targets are called with the operator's key, every other with an organisation's. */
        boolean operatorKey() {
            return name.endsWith("(operator key)");
        }
    }

    private HostileEndpoints() {
    }

    static List<Target> all(FaultHarness harness, String evaluation) {
        String feedback = harness.feedbackUrl();
        String analysis = harness.analysisUrl();
        String notification = harness.notificationUrl();
        String json = "application/json";
        String form = "application/x-www-form-urlencoded";
        String evaluationArray = "[" + evaluation + "]";
        return List.of(
                new Target("POST feedback /api/v1/evaluations", "POST", r -> feedback + "/api/v1/evaluations", json,
                        r -> HostileBodies.json(evaluation, r), true),
                new Target("POST feedback /api/v1/evaluations/import (JSON)", "POST",
                        r -> feedback + "/api/v1/evaluations/import", json, r -> HostileBodies.json(evaluationArray, r), true),
                new Target("POST feedback /api/v1/evaluations/import (CSV)", "POST",
                        r -> feedback + "/api/v1/evaluations/import", "text/csv", HostileBodies::csv, true),
                new Target("GET feedback /api/v1/evaluations?…", "GET", r -> feedback + "/api/v1/evaluations?candidateId="
                        + value(r) + "&from=" + value(r) + "&to=" + value(r) + "&cursor=" + value(r) + "&limit=" + value(r),
                        null, null, true),
                new Target("GET feedback /api/v1/evaluations/{id}", "GET", r -> feedback + "/api/v1/evaluations/" + value(r),
                        null, null, true),
                new Target("GET feedback /api/v1/candidates/{id}/evaluations", "GET",
                        r -> feedback + "/api/v1/candidates/" + value(r) + "/evaluations", null, null, true),
                new Target("POST feedback /api/v1/form-links", "POST", r -> feedback + "/api/v1/form-links", json,
                        r -> HostileBodies.json("{\"label\": \"Panel A\", \"validDays\": 30}", r), true),
                new Target("POST feedback /form", "POST", r -> feedback + "/form?link=" + value(r), form,
                        HostileBodies::form, false),
                new Target("GET feedback /form", "GET", r -> feedback + "/form?link=" + value(r), null, null, false),
                new Target("POST analysis /api/v1/classify", "POST", r -> analysis + "/api/v1/classify", json,
                        r -> HostileBodies.json("{\"texts\": [\"Clarify the requirements\", \"Test the edge cases\"]}", r), true),
                new Target("GET analysis /api/v1/candidates/{id}/themes", "GET",
                        r -> analysis + "/api/v1/candidates/" + value(r) + "/themes", null, null, true),
                new Target("GET analysis /api/v1/candidates/{id}/action-plan/versions/{n}", "GET",
                        r -> analysis + "/api/v1/candidates/" + value(r) + "/action-plan/versions/" + value(r), null, null, true),
                new Target("GET analysis /plan", "GET", r -> analysis + "/plan?token=" + value(r) + "&version=" + value(r),
                        null, null, false),
                new Target("POST analysis /plan/drills", "POST", r -> analysis + "/plan/drills?token=" + value(r), form,
                        r -> r.nextInt(5) == 0 ? HostileBodies.form(r) : utf8("drill=" + value(r) + "&done=" + value(r)), false),
                new Target("PUT notification /api/v1/candidates/{id}/email-preferences", "PUT",
                        r -> notification + "/api/v1/candidates/" + value(r) + "/email-preferences", json,
                        r -> HostileBodies.json("{\"frequency\": \"daily\"}", r), true),
                new Target("GET notification /api/v1/candidates/{id}/deliveries", "GET",
                        r -> notification + "/api/v1/candidates/" + value(r) + "/deliveries", null, null, true),
                new Target("POST notification /api/v1/webhooks", "POST", r -> notification + "/api/v1/webhooks", json,
                        r -> HostileBodies.json("{\"url\": \"https://coach.example.com/hook\", \"eventTypes\": [\"plan.updated\"], "
                                + "\"description\": \"Coach\"}", r), true),
                new Target("GET notification /api/v1/webhooks/{id}/deliveries", "GET",
                        r -> notification + "/api/v1/webhooks/" + value(r) + "/deliveries?status=" + value(r), null, null, true),
                new Target("GET notification /unsubscribe", "GET", r -> notification + "/unsubscribe?token=" + value(r),
                        null, null, false),
                new Target("POST notification /unsubscribe", "POST", r -> notification + "/unsubscribe?token=" + value(r),
                        form, HostileBodies::form, false),
                new Target("POST notification /unsubscribe/undo", "POST",
                        r -> notification + "/unsubscribe/undo?token=" + value(r), form, HostileBodies::form, false),
                new Target("GET notification /email-preferences", "GET",
                        r -> notification + "/email-preferences?token=" + value(r), null, null, false),
                new Target("GET notification /api/v1/candidates/{id}/email-preferences", "GET",
                        r -> notification + "/api/v1/candidates/" + value(r) + "/email-preferences", null, null, true),
                new Target("GET notification /api/v1/webhooks/{id}", "GET", r -> notification + "/api/v1/webhooks/" + value(r),
                        null, null, true),
                new Target("DELETE notification /api/v1/webhooks/{id}", "DELETE",
                        r -> notification + "/api/v1/webhooks/" + value(r), null, null, true),
                new Target("POST notification /api/v1/webhooks/{id}/enable|test", "POST",
                        r -> notification + "/api/v1/webhooks/" + value(r) + (r.nextBoolean() ? "/enable" : "/test"), json,
                        r -> utf8("{}"), true),
                new Target("GET analysis /api/v1/candidates/{id}/action-plan", "GET",
                        r -> analysis + "/api/v1/candidates/" + value(r) + "/action-plan", null, null, true),
                new Target("DELETE feedback /api/v1/candidates/{id}", "DELETE",
                        r -> feedback + "/api/v1/candidates/" + value(r), null, null, true),
                new Target("GET feedback /api/v1/form-links", "GET", r -> feedback + "/api/v1/form-links?x=" + value(r),
                        null, null, true),
                new Target("DELETE feedback /api/v1/form-links/{id}", "DELETE",
                        r -> feedback + "/api/v1/form-links/" + value(r), null, null, true),
                new Target("GET feedback /form/submitted/{id}", "GET",
                        r -> feedback + "/form/submitted/" + value(r) + "?link=" + value(r), null, null, false),
                new Target("POST feedback /api/v1/admin/organizations (operator key)", "POST",
                        r -> feedback + "/api/v1/admin/organizations", json,
                        r -> HostileBodies.json("{\"id\": \"org-x\", \"name\": \"Org X\"}", r), true),
                new Target("POST feedback /api/v1/admin/organizations/{id}/keys (operator key)", "POST",
                        r -> feedback + "/api/v1/admin/organizations/" + value(r) + "/keys", json,
                        r -> HostileBodies.json("{\"name\": \"k\", \"scopes\": [\"plans:read\"]}", r), true),
                new Target("DELETE feedback /api/v1/admin/organizations/{id}/keys/{keyId} (operator key)",
                        "DELETE", r -> feedback + "/api/v1/admin/organizations/" + value(r) + "/keys/" + value(r), null, null, true),
                new Target("POST notification /email-preferences", "POST",
                        r -> notification + "/email-preferences?token=" + value(r), form,
                        r -> r.nextInt(5) == 0 ? HostileBodies.form(r) : utf8("frequency=" + value(r)), false));
    }
}
