package org.practiceloop.e2e.faults;

import static org.practiceloop.e2e.faults.HostileText.SCRIPT;
import static org.practiceloop.e2e.faults.HostileText.abbreviate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.practiceloop.devinfra.TestApiKeys;
import org.practiceloop.e2e.TestSystem;

/**
 * What attacks the pages and emails: one hostile but valid evaluation, stored verbatim and followed
 * to the form, the plan email and the plan page, where its text must be rendered escaped.
 */
final class HostileRendering {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAN_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/plan\\?token=[\\w.-]+)");

    private final FaultHarness harness;
    private final HttpClient http;
    private final String evaluation;

    HostileRendering(FaultHarness harness, HttpClient http, String evaluation) {
        this.harness = harness;
        this.http = http;
        this.evaluation = evaluation;
    }

    List<Invariants.Check> run() throws Exception {
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
                        Optional::isPresent).get();
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
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart) {
                MimeMessage inner = new MimeMessage((Session) null);
                inner.setContent((Multipart) part.getContent());
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
}
