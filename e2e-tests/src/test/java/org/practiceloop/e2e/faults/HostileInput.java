package org.practiceloop.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.e2e.TestSystem;

/**
 * Generated malformed and hostile requests against every public endpoint of the three services
 * (broken JSON, wrong types, huge strings, deep nesting, unicode edge cases, HTML, script and SQL
 * in text), then one hostile but valid evaluation followed to the form, the plan page and the
 * email: stored verbatim, rendered escaped everywhere.
 */
final class HostileInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20261122L;
    private static final String SCRIPT = "<script>alert('pl')</script>";
    private static final List<String> HOSTILE_TEXT = List.of(
            SCRIPT, "\"><img src=x onerror=alert(1)>", "'; drop table evaluation; --", "1' or '1'='1",
            "\u0000nul", "\ud800 lone surrogate", "\u202eRTL override", "e\u0301\u0301\u0301 combining",
            "\ufeffBOM", "🙂🙂 emoji", "${jndi:ldap://x/a}", "{inject}", "{#each x}{/each}", "%s%n%x",
            "../../etc/passwd", "\r\nX-Injected: 1", "   ", "");
    private static final Pattern PLAN_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/plan\\?token=[\\w.-]+)");

    /** One kind of request, and the body (or query) each hostile variant replaces. */
    private record Target(String name, String method, Function<Random, String> path, String contentType,
            Function<Random, byte[]> body, boolean api) {
    }

    private record Outcome(String target, boolean api, int status, boolean problemJson, String variant) {
    }

    private final FaultHarness harness;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String evaluation;

    HostileInput(FaultHarness harness) {
        this.harness = harness;
        this.evaluation = TestSystem.exampleEvaluation();
    }

    List<Invariants.Check> run(int requests, StringBuilder details) throws Exception {
        List<Target> targets = targets();
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
        List<Invariants.Check> checks = new ArrayList<>();
        checks.add(new Invariants.Check("no 5xx (and an answer) for any of " + requests + " hostile requests",
                serverErrors.isEmpty(), serverErrors.size() + " failed, e.g. " + examples(serverErrors)));
        checks.add(new Invariants.Check("every API error is application/problem+json", notProblem.isEmpty(),
                notProblem.size() + " were not, e.g. " + examples(notProblem) + "; besides, " + httpLayer
                        + " refused by the HTTP server before the application (414/431, plain text)"));
        checks.addAll(renderedEscaped());
        return checks;
    }

    /** One hostile but valid evaluation: stored verbatim, escaped in the form, the email and the plan page. */
    private List<Invariants.Check> renderedEscaped() throws Exception {
        String candidate = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String email = candidate + "@example.com";
        String strengths = "Clean code " + SCRIPT + " & \"quotes\" 🙂";
        String improvements = "- Clarify the requirements <b>before</b> coding, don't guess " + SCRIPT
                + "\n- Test the edge cases'; drop table evaluation; --";
        String comments = "Zoë e\u0301 \u202eRTL \"><img src=x onerror=alert(1)>";
        ObjectNode body = (ObjectNode) JSON.readTree(evaluation);
        ((ObjectNode) body.get("candidate")).put("id", candidate).put("email", email);
        body.put("strengths", strengths).put("improvements", improvements).put("comments", comments);
        HttpResponse<String> created = http.send(api(harness.feedbackUrl() + "/api/v1/evaluations")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        List<Invariants.Check> checks = new ArrayList<>();
        if (created.statusCode() != 201) {
            checks.add(new Invariants.Check("a hostile but valid evaluation is accepted", false,
                    "answered " + created.statusCode() + ": " + abbreviate(created.body())));
            return checks;
        }
        JsonNode stored = JSON.readTree(http.send(api(harness.feedbackUrl() + "/api/v1/evaluations/"
                + JSON.readTree(created.body()).get("id").asText()).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        boolean verbatim = strengths.equals(stored.path("strengths").asText())
                && improvements.equals(stored.path("improvements").asText())
                && comments.equals(stored.path("comments").asText());
        checks.add(new Invariants.Check("hostile text accepted is stored and returned verbatim", verbatim,
                verbatim ? "strengths, improvements and comments byte for byte" : "returned " + abbreviate(stored.toString())));

        JsonNode link = JSON.readTree(http.send(api(harness.feedbackUrl() + "/api/v1/form-links")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"hostile\", \"validDays\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String formUrl = harness.feedbackUrl() + "/form" + link.get("url").asText().replaceFirst("^[^?]*", "");
        String formPage = http.send(HttpRequest.newBuilder(URI.create(formUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("strengths=" + URLEncoder.encode(strengths, StandardCharsets.UTF_8)
                        + "&score.coding=7")).build(), HttpResponse.BodyHandlers.ofString()).body();
        checks.add(escaped("the form shows a rejected submission's text escaped", formPage));

        MimeMessage message = Awaitility.await("the hostile candidate's plan email").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> harness.receivedMail().stream().filter(m -> TestSystem.isAddressedTo(m, email)).findFirst(),
                        java.util.Optional::isPresent).get();
        String html = part(message, "text/html");
        checks.add(escaped("the plan email shows the quoted text escaped", html));
        Matcher planLink = PLAN_LINK.matcher(part(message, "text/plain"));
        if (!planLink.find()) {
            checks.add(new Invariants.Check("the plan page shows the quoted text escaped", false, "no plan link in the email"));
            return checks;
        }
        String planPage = http.send(HttpRequest.newBuilder(URI.create(
                harness.analysisUrl() + planLink.group(1).replaceFirst("^http://[^/]+", ""))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        checks.add(escaped("the plan page shows the quoted text escaped", planPage));
        return checks;
    }

    /** Holds when the page carries the script tag only as escaped text: present escaped, absent raw. */
    private static Invariants.Check escaped(String name, String html) {
        boolean raw = html.contains("<script>alert");
        boolean escaped = html.contains("&lt;script&gt;alert");
        return new Invariants.Check(name, escaped && !raw, "escaped text " + (escaped ? "present" : "absent")
                + ", raw script tag " + (raw ? "PRESENT" : "absent"));
    }

    /** The decoded text of the message's first part of this type. */
    private static String part(MimeMessage message, String type) throws Exception {
        if (message.isMimeType(type)) {
            return message.getContent().toString();
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart) {
                MimeMessage inner = new MimeMessage((jakarta.mail.Session) null);
                inner.setContent((jakarta.mail.Multipart) part.getContent());
                inner.saveChanges();
                return part(inner, type);
            }
        }
        return GreenMailUtil.getBody(message);
    }

    private HttpRequest.Builder api(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestApiKeys.DEFAULT_ORGANIZATION)
                .header("Content-Type", "application/json");
    }

    private static boolean httpLayer(int status) {
        return status == 414 || status == 431;
    }

    private static String examples(List<Outcome> outcomes) {
        return outcomes.stream().limit(5).map(o -> o.target() + " " + o.status() + " <- " + o.variant())
                .toList().toString();
    }

    private Outcome send(Target target, Random random) {
        String path = target.path().apply(random);
        byte[] body = target.body() == null ? null : target.body().apply(random);
        String variant = abbreviate(body == null ? path : new String(body, StandardCharsets.UTF_8));
        String key = target.name().endsWith("(operator key)") ? harness.operatorKey() : TestApiKeys.DEFAULT_ORGANIZATION;
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

    private List<Target> targets() {
        String feedback = harness.feedbackUrl();
        String analysis = harness.analysisUrl();
        String notification = harness.notificationUrl();
        String json = "application/json";
        String form = "application/x-www-form-urlencoded";
        String evaluationArray = "[" + evaluation + "]";
        return List.of(
                new Target("POST feedback /api/v1/evaluations", "POST", r -> feedback + "/api/v1/evaluations", json,
                        r -> hostileJson(evaluation, r), true),
                new Target("POST feedback /api/v1/evaluations/import (JSON)", "POST",
                        r -> feedback + "/api/v1/evaluations/import", json, r -> hostileJson(evaluationArray, r), true),
                new Target("POST feedback /api/v1/evaluations/import (CSV)", "POST",
                        r -> feedback + "/api/v1/evaluations/import", "text/csv", HostileInput::hostileCsv, true),
                new Target("GET feedback /api/v1/evaluations?…", "GET", r -> feedback + "/api/v1/evaluations?candidateId="
                        + q(r) + "&from=" + q(r) + "&to=" + q(r) + "&cursor=" + q(r) + "&limit=" + q(r), null, null, true),
                new Target("GET feedback /api/v1/evaluations/{id}", "GET", r -> feedback + "/api/v1/evaluations/" + q(r),
                        null, null, true),
                new Target("GET feedback /api/v1/candidates/{id}/evaluations", "GET",
                        r -> feedback + "/api/v1/candidates/" + q(r) + "/evaluations", null, null, true),
                new Target("POST feedback /api/v1/form-links", "POST", r -> feedback + "/api/v1/form-links", json,
                        r -> hostileJson("{\"label\": \"Panel A\", \"validDays\": 30}", r), true),
                new Target("POST feedback /form", "POST", r -> feedback + "/form?link=" + q(r), form,
                        HostileInput::hostileForm, false),
                new Target("GET feedback /form", "GET", r -> feedback + "/form?link=" + q(r), null, null, false),
                new Target("POST analysis /api/v1/classify", "POST", r -> analysis + "/api/v1/classify", json,
                        r -> hostileJson("{\"texts\": [\"Clarify the requirements\", \"Test the edge cases\"]}", r), true),
                new Target("GET analysis /api/v1/candidates/{id}/themes", "GET",
                        r -> analysis + "/api/v1/candidates/" + q(r) + "/themes", null, null, true),
                new Target("GET analysis /api/v1/candidates/{id}/action-plan/versions/{n}", "GET",
                        r -> analysis + "/api/v1/candidates/" + q(r) + "/action-plan/versions/" + q(r), null, null, true),
                new Target("GET analysis /plan", "GET", r -> analysis + "/plan?token=" + q(r) + "&version=" + q(r),
                        null, null, false),
                new Target("POST analysis /plan/drills", "POST", r -> analysis + "/plan/drills?token=" + q(r), form,
                        r -> r.nextInt(5) == 0 ? hostileForm(r) : utf8("drill=" + q(r) + "&done=" + q(r)), false),
                new Target("PUT notification /api/v1/candidates/{id}/email-preferences", "PUT",
                        r -> notification + "/api/v1/candidates/" + q(r) + "/email-preferences", json,
                        r -> hostileJson("{\"frequency\": \"daily\"}", r), true),
                new Target("GET notification /api/v1/candidates/{id}/deliveries", "GET",
                        r -> notification + "/api/v1/candidates/" + q(r) + "/deliveries", null, null, true),
                new Target("POST notification /api/v1/webhooks", "POST", r -> notification + "/api/v1/webhooks", json,
                        r -> hostileJson("{\"url\": \"https://coach.example.com/hook\", \"eventTypes\": [\"plan.updated\"], "
                                + "\"description\": \"Coach\"}", r), true),
                new Target("GET notification /api/v1/webhooks/{id}/deliveries", "GET",
                        r -> notification + "/api/v1/webhooks/" + q(r) + "/deliveries?status=" + q(r), null, null, true),
                new Target("GET notification /unsubscribe", "GET", r -> notification + "/unsubscribe?token=" + q(r),
                        null, null, false),
                new Target("POST notification /unsubscribe", "POST", r -> notification + "/unsubscribe?token=" + q(r),
                        form, HostileInput::hostileForm, false),
                new Target("POST notification /unsubscribe/undo", "POST",
                        r -> notification + "/unsubscribe/undo?token=" + q(r), form, HostileInput::hostileForm, false),
                new Target("GET notification /email-preferences", "GET",
                        r -> notification + "/email-preferences?token=" + q(r), null, null, false),
                new Target("GET notification /api/v1/candidates/{id}/email-preferences", "GET",
                        r -> notification + "/api/v1/candidates/" + q(r) + "/email-preferences", null, null, true),
                new Target("GET notification /api/v1/webhooks/{id}", "GET", r -> notification + "/api/v1/webhooks/" + q(r),
                        null, null, true),
                new Target("DELETE notification /api/v1/webhooks/{id}", "DELETE",
                        r -> notification + "/api/v1/webhooks/" + q(r), null, null, true),
                new Target("POST notification /api/v1/webhooks/{id}/enable|test", "POST",
                        r -> notification + "/api/v1/webhooks/" + q(r) + (r.nextBoolean() ? "/enable" : "/test"), json,
                        r -> utf8("{}"), true),
                new Target("GET analysis /api/v1/candidates/{id}/action-plan", "GET",
                        r -> analysis + "/api/v1/candidates/" + q(r) + "/action-plan", null, null, true),
                new Target("DELETE feedback /api/v1/candidates/{id}", "DELETE",
                        r -> feedback + "/api/v1/candidates/" + q(r), null, null, true),
                new Target("GET feedback /api/v1/form-links", "GET", r -> feedback + "/api/v1/form-links?x=" + q(r),
                        null, null, true),
                new Target("DELETE feedback /api/v1/form-links/{id}", "DELETE",
                        r -> feedback + "/api/v1/form-links/" + q(r), null, null, true),
                new Target("GET feedback /form/submitted/{id}", "GET",
                        r -> feedback + "/form/submitted/" + q(r) + "?link=" + q(r), null, null, false),
                new Target("POST feedback /api/v1/admin/organizations (operator key)", "POST",
                        r -> feedback + "/api/v1/admin/organizations", json,
                        r -> hostileJson("{\"id\": \"org-x\", \"name\": \"Org X\"}", r), true),
                new Target("POST feedback /api/v1/admin/organizations/{id}/keys (operator key)", "POST",
                        r -> feedback + "/api/v1/admin/organizations/" + q(r) + "/keys", json,
                        r -> hostileJson("{\"name\": \"k\", \"scopes\": [\"plans:read\"]}", r), true),
                new Target("DELETE feedback /api/v1/admin/organizations/{id}/keys/{keyId} (operator key)",
                        "DELETE", r -> feedback + "/api/v1/admin/organizations/" + q(r) + "/keys/" + q(r), null, null, true),
                new Target("POST notification /email-preferences", "POST",
                        r -> notification + "/email-preferences?token=" + q(r), form,
                        r -> r.nextInt(5) == 0 ? hostileForm(r) : utf8("frequency=" + q(r)), false));
    }

    /** A hostile variant of a valid JSON body: one mutation picked at random. */
    private static byte[] hostileJson(String valid, Random random) {
        try {
            JsonNode tree = JSON.readTree(valid);
            // Half the time every non-ASCII character goes as a \\u escape, so lone surrogates arrive as such.
            com.fasterxml.jackson.databind.ObjectWriter writer = random.nextBoolean() ? JSON.writer()
                    : JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);
            return switch (random.nextInt(9)) {
                case 0 -> utf8(valid.substring(0, random.nextInt(Math.max(1, valid.length() - 1)))); // cut short
                case 1 -> writer.writeValueAsBytes(replaceRandomValue(tree, wrongType(random), random));
                case 2 -> writer.writeValueAsBytes(replaceRandomValue(tree,
                        JsonNodeFactory.instance.textNode(pick(HOSTILE_TEXT, random)), random));
                case 3 -> writer.writeValueAsBytes(replaceRandomValue(tree,
                        JsonNodeFactory.instance.textNode("x".repeat(random.nextBoolean() ? 70_000 : 2_100_000)), random));
                case 4 -> writer.writeValueAsBytes(replaceRandomValue(tree, deeplyNested(random), random));
                case 5 -> utf8("[".repeat(20_000 + random.nextInt(1000)) + "]".repeat(random.nextInt(3)));
                case 6 -> utf8(valid.replaceFirst("\\{", "{\"unexpected\": " + (random.nextBoolean() ? "1" : "{\"a\": [1]}") + ", "));
                case 7 -> utf8(pick(List.of("", "null", "true", "42", "\"text\"", "{", "}", "<xml/>", "\u0000",
                        "{\"a\":1,\"a\":2}", "\"\\ud800\"", "\"\\u0000\"", "NaN", "[]", "{}"), random));
                default -> randomBytes(random); // mostly invalid UTF-8
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode replaceRandomValue(JsonNode tree, JsonNode value, Random random) {
        JsonNode copy = tree.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        copy.forEach(child -> containers.add(child));
        containers.add(copy);
        collect(copy, containers);
        JsonNode container = pick(containers.stream().filter(c -> c.isContainerNode() && c.size() > 0).toList(), random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(pick(names, random), value);
        } else if (container instanceof ArrayNode array) {
            array.set(random.nextInt(array.size()), value);
        }
        return copy;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        node.forEach(child -> {
            if (child.isContainerNode()) {
                into.add(child);
                collect(child, into);
            }
        });
    }

    private static JsonNode wrongType(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(7)) {
            case 0 -> nodes.numberNode(random.nextInt());
            case 1 -> nodes.numberNode(new java.math.BigDecimal("1e400"));
            case 2 -> nodes.booleanNode(random.nextBoolean());
            case 3 -> nodes.nullNode();
            case 4 -> nodes.arrayNode().add("a").add(1);
            case 5 -> nodes.objectNode().put("nested", "object");
            default -> nodes.numberNode(-0.5);
        };
    }

    private static JsonNode deeplyNested(Random random) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int depth = 0; depth < 500 + random.nextInt(500); depth++) {
            current = current.addArray();
        }
        return root;
    }

    private static byte[] hostileCsv(Random random) {
        String header = "candidate_id,candidate_email,candidate_name,interviewer_id,interviewer_name,session_date,"
                + "interview_type,recommendation,strengths,improvements,comments";
        String row = "c-1,c1@example.com,Ada,p-1,Anna,2026-03-02,coding,leaning_no,Clean,Clarify,None";
        if (random.nextInt(6) == 0) {
            return randomBytes(random);
        }
        return utf8(switch (random.nextInt(6)) {
            case 0 -> header + "\n" + row.replace("2026-03-02", pick(HOSTILE_TEXT, random));
            case 1 -> header + "\n\"unterminated," + row;
            case 2 -> pick(HOSTILE_TEXT, random) + "\n" + row;
            case 3 -> header + "\n" + row + "," + "x".repeat(70_000);
            case 4 -> header + "\n" + (row + "\n").repeat(random.nextInt(3)) + row.replace("Clean", pick(HOSTILE_TEXT, random));
            default -> header + "\n" + row + ",extra,cells,beyond,the,header";
        });
    }

    private static byte[] hostileForm(Random random) {
        String[] fields = {"candidateId", "candidateEmail", "candidateName", "interviewerId", "sessionDate",
                "interviewType", "recommendation", "strengths", "improvements", "score.coding", "note.coding"};
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            if (random.nextInt(3) > 0) {
                body.append(body.isEmpty() ? "" : "&").append(field).append('=')
                        .append(URLEncoder.encode(random.nextInt(8) == 0 ? "y".repeat(70_000) : pick(HOSTILE_TEXT, random),
                                StandardCharsets.UTF_8));
            }
        }
        // Now and then broken encoding: a bad escape, bare "=" pairs, bytes that are not UTF-8.
        return utf8(switch (random.nextInt(10)) {
            case 0 -> "%zz&=&&" + body;
            case 1 -> body + "&strengths=%FF%FE%ED%A0%80";
            default -> body.toString();
        });
    }

    /** A hostile path or query value, percent-encoded so that it reaches the service as text. */
    private static String q(Random random) {
        String value = switch (random.nextInt(5)) {
            case 0 -> pick(HOSTILE_TEXT, random);
            case 1 -> "z".repeat(random.nextBoolean() ? 101 : 5000);
            case 2 -> UUID.randomUUID().toString();
            case 3 -> String.valueOf(random.nextInt() * (random.nextBoolean() ? 1L : 1_000_000_000L));
            default -> "../" + pick(HOSTILE_TEXT, random);
        };
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "… (" + text.length() + " chars)";
    }
}
