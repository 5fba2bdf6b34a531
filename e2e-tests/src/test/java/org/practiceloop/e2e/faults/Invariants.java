package org.practiceloop.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The guarantees checked after each scenario, from the databases and the mailbox, never from the services' own word. */
final class Invariants {

    /** One guarantee and whether this run kept it. */
    record Check(String name, boolean passed, String detail) {
    }

    /** When the database was down (plus the pool's recovery): the only time a 503 is the documented answer. */
    record Window(Instant from, Instant to) {
        boolean contains(Instant instant) {
            return !instant.isBefore(from) && !instant.isAfter(to);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THEME = "problem_clarification";

    private final FaultHarness harness;
    private final List<String> candidates;
    private final List<Workload.Response> responses;
    private final List<Check> checks = new ArrayList<>();

    private Invariants(FaultHarness harness, List<String> candidates, List<Workload.Response> responses) {
        this.harness = harness;
        this.candidates = candidates;
        this.responses = responses;
    }

    static List<Check> check(FaultHarness harness, List<String> candidates, List<Workload.Response> responses,
            List<Window> databaseDown) throws SQLException, MessagingException {
        Invariants invariants = new Invariants(harness, candidates, responses);
        invariants.answers(databaseDown);
        Set<String> acknowledged = responses.stream().filter(r -> r.status() == 201).map(Workload.Response::evaluationId)
                .collect(Collectors.toSet());
        invariants.stored(acknowledged);
        Map<String, Analysed> analysed = invariants.analysedOnce(acknowledged);
        invariants.latestPlans(analysed);
        invariants.emails();
        if (harness.webhooks() != null) {
            invariants.webhooks(acknowledged);
        }
        return invariants.checks;
    }

    private void answers(List<Window> databaseDown) {
        Predicate<Workload.Response> allowed503 = r -> r.status() == 503
                && databaseDown.stream().anyMatch(w -> w.contains(r.sentAt()));
        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(Workload.Response::status, java.util.TreeMap::new, Collectors.counting()));
        long serverErrors = responses.stream().filter(r -> r.status() >= 500 && !allowed503.test(r)).count();
        long noAnswer = responses.stream().filter(r -> r.status() == 0).count();
        checks.add(new Check("no 5xx but a 503 while the database was down; every request answered",
                serverErrors == 0 && noAnswer == 0,
                "answers by status " + statuses + " (0 = no answer); 5xx outside a database outage: " + serverErrors));
        long notProblem = responses.stream().filter(r -> r.status() >= 400 && !r.problemJson()).count();
        checks.add(new Check("every error is application/problem+json", notProblem == 0,
                notProblem + " error answers of another type"));
        Set<String> submitted = responses.stream().map(Workload.Response::marker).collect(Collectors.toSet());
        Set<String> acknowledged = responses.stream().filter(r -> r.status() == 201).map(Workload.Response::marker)
                .collect(Collectors.toSet());
        checks.add(new Check("every submission acknowledged (a client retrying with its Idempotency-Key)",
                acknowledged.size() == submitted.size(),
                acknowledged.size() + " of " + submitted.size() + " submissions acknowledged"));
    }

    private void stored(Set<String> acknowledged) throws SQLException {
        Set<String> stored = strings(FaultHarness.FEEDBACK_DB,
                "select id::text from evaluation where candidate_id = any(?)");
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored);
        checks.add(new Check("every acknowledged evaluation is stored", missing.isEmpty(),
                stored.size() + " stored, " + acknowledged.size() + " acknowledged, missing: " + sample(missing)));
        // Each submission's marker is in its comments: one marker stored twice is a broken Idempotency-Key.
        long storedTwice = longValue(FaultHarness.FEEDBACK_DB, """
                select count(*) from (select substring(comments from 'Reference (m[0-9a-f-]{12})') marker
                from evaluation where candidate_id = any(?) group by 1 having count(*) > 1) twice""");
        checks.add(new Check("no submission stored twice", storedTwice == 0,
                storedTwice + " markers stored more than once"));
    }

    private record Analysed(int evaluations, LocalDate lastSession) {
    }

    private Map<String, Analysed> analysedOnce(Set<String> acknowledged) throws SQLException {
        Set<String> analysedIds = strings(FaultHarness.ANALYSIS_DB,
                "select evaluation_id::text from analyzed_evaluation where candidate_id = any(?)");
        Set<String> stored = strings(FaultHarness.FEEDBACK_DB,
                "select id::text from evaluation where candidate_id = any(?)");
        Set<String> notAnalysed = new HashSet<>(acknowledged);
        notAnalysed.removeAll(analysedIds);
        Set<String> phantom = new HashSet<>(analysedIds);
        phantom.removeAll(stored);
        checks.add(new Check("every acknowledged evaluation analysed", notAnalysed.isEmpty() && phantom.isEmpty(),
                analysedIds.size() + " analysed; not analysed: " + sample(notAnalysed) + "; analysed but never stored: "
                        + sample(phantom)));
        // Every evaluation carries the same text, so each must have the same items, each once.
        Set<String> itemCounts = strings(FaultHarness.ANALYSIS_DB, """
                select count(*)::text from feedback_item where candidate_id = any(?) group by evaluation_id""");
        long itemsNotOnce = longValue(FaultHarness.ANALYSIS_DB, """
                select count(*) from (select evaluation_id, position from feedback_item where candidate_id = any(?)
                group by evaluation_id, source, position having count(*) > 1) twice""");
        checks.add(new Check("every evaluation's items counted once", itemCounts.size() == 1 && itemsNotOnce == 0,
                "items per evaluation: " + itemCounts + "; items stored twice: " + itemsNotOnce));

        Map<String, Analysed> perCandidate = new HashMap<>();
        try (Connection connection = harness.connect(FaultHarness.ANALYSIS_DB);
                PreparedStatement query = connection.prepareStatement("""
                        select candidate_id, count(*), max(session_date) from analyzed_evaluation
                        where candidate_id = any(?) group by candidate_id""")) {
            query.setArray(1, candidateArray(connection));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    perCandidate.put(rows.getString(1), new Analysed(rows.getInt(2), rows.getObject(3, LocalDate.class)));
                }
            }
        }
        return perCandidate;
    }

    private void latestPlans(Map<String, Analysed> analysed) throws SQLException {
        List<String> wrong = new ArrayList<>();
        long gaps = longValue(FaultHarness.ANALYSIS_DB, """
                select count(*) from (select candidate_id from action_plan_version where candidate_id = any(?)
                group by candidate_id having max(version) <> count(*)) gaps""");
        try (Connection connection = harness.connect(FaultHarness.ANALYSIS_DB);
                PreparedStatement query = connection.prepareStatement("""
                        select distinct on (candidate_id) candidate_id, content::text from action_plan_version
                        where candidate_id = any(?) order by candidate_id, version desc""")) {
            query.setArray(1, candidateArray(connection));
            Map<String, JsonNode> latest = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    latest.put(rows.getString(1), JSON.readTree(rows.getString(2)));
                }
            }
            analysed.forEach((candidate, expected) -> {
                JsonNode area = null;
                JsonNode plan = latest.get(candidate);
                for (JsonNode focus : plan == null ? JSON.createArrayNode() : plan.path("focusAreas")) {
                    if (THEME.equals(focus.path("theme").asText())) {
                        area = focus;
                    }
                }
                if (area == null || area.path("sessions").asInt() != expected.evaluations()
                        || !expected.lastSession().equals(date(area.path("lastSeen")))) {
                    wrong.add(candidate + " (analysed " + expected.evaluations() + " to " + expected.lastSession()
                            + ", plan says " + (area == null ? "nothing"
                                    : area.path("sessions").asInt() + " to " + date(area.path("lastSeen"))) + ")");
                }
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        checks.add(new Check("each candidate's latest plan reflects every analysed evaluation; versions without gaps",
                wrong.isEmpty() && gaps == 0, analysed.size() + " candidates; wrong: " + sample(wrong)
                        + "; candidates with gaps in their versions: " + gaps));
    }

    private void emails() throws SQLException, MessagingException {
        Map<String, Long> receivedByMessageId = new HashMap<>();
        for (MimeMessage message : harness.receivedMail()) {
            receivedByMessageId.merge(message.getMessageID(), 1L, Long::sum);
        }
        Map<String, String> messageIdByVersion = new HashMap<>();
        List<String> newestNotSent = new ArrayList<>();
        try (Connection connection = harness.connect(FaultHarness.NOTIFICATION_DB);
                PreparedStatement query = connection.prepareStatement("""
                        select candidate_id, plan_version, id::text, status from plan_email where candidate_id = any(?)""")) {
            query.setArray(1, candidateArray(connection));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    messageIdByVersion.put(rows.getString(1) + " v" + rows.getInt(2), "<plan-" + rows.getString(3) + "@practiceloop>");
                }
            }
        }
        Map<String, Integer> newest = newestVersions();
        newest.forEach((candidate, version) -> {
            String messageId = messageIdByVersion.get(candidate + " v" + version);
            if (messageId == null || !receivedByMessageId.containsKey(messageId)) {
                newestNotSent.add(candidate + " v" + version);
            }
        });
        List<String> twice = messageIdByVersion.entrySet().stream()
                .filter(e -> receivedByMessageId.getOrDefault(e.getValue(), 0L) > 1)
                .map(e -> e.getKey() + " x" + receivedByMessageId.get(e.getValue())).toList();
        long received = messageIdByVersion.values().stream().filter(receivedByMessageId::containsKey).count();
        checks.add(new Check("every plan version emailed at most once", twice.isEmpty(),
                received + " plan versions emailed; received more than once: " + sample(twice)));
        checks.add(new Check("each candidate's newest plan version emailed", newestNotSent.isEmpty(),
                newest.size() + " candidates; newest not in the mailbox: " + sample(newestNotSent)));
    }

    /**
     * Every acknowledged evaluation (evaluation.accepted) and every plan version (plan.updated)
     * posted to the platform's endpoint and answered 2xx exactly once: the dispatchers of all
     * notification-service instances claim from one queue, so none may post what another did.
     */
    private void webhooks(Set<String> acknowledged) throws SQLException {
        Set<String> expected = new HashSet<>();
        acknowledged.forEach(id -> expected.add("evaluation.accepted " + id));
        newestVersions().forEach((candidate, newest) -> {
            for (int version = 1; version <= newest; version++) {
                expected.add("plan.updated " + candidate + " v" + version);
            }
        });
        Set<String> ours = Set.copyOf(candidates);
        Map<String, Long> received = harness.webhooks().delivered().stream()
                .filter(delivery -> ours.contains(delivery.candidateId()))
                .collect(Collectors.groupingBy(delivery -> delivery.type() + " " + (delivery.type().equals("plan.updated")
                        ? delivery.candidateId() + " " + delivery.subject() : delivery.subject()), Collectors.counting()));
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(received.keySet());
        List<String> twice = received.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue()).toList();
        Set<String> unexpected = new HashSet<>(received.keySet());
        unexpected.removeAll(expected);
        checks.add(new Check("every evaluation.accepted and plan.updated webhook delivered exactly once",
                missing.isEmpty() && twice.isEmpty() && unexpected.isEmpty(), expected.size() + " expected, "
                        + received.size() + " delivered; missing: " + sample(missing) + "; delivered more than once: "
                        + sample(twice) + "; about nothing stored: " + sample(unexpected)));
    }

    /** The stored plan keeps dates as [year, month, day]; the API shows them as ISO text. Either is read. */
    private static LocalDate date(JsonNode node) {
        if (node.isArray() && node.size() == 3) {
            return LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt());
        }
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }

    private Map<String, Integer> newestVersions() throws SQLException {
        Map<String, Integer> newest = new HashMap<>();
        try (Connection connection = harness.connect(FaultHarness.ANALYSIS_DB);
                PreparedStatement query = connection.prepareStatement("""
                        select candidate_id, max(version) from action_plan_version where candidate_id = any(?)
                        group by candidate_id""")) {
            query.setArray(1, candidateArray(connection));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    newest.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return newest;
    }

    private Set<String> strings(String database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection connection = harness.connect(database);
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, candidateArray(connection));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private long longValue(String database, String sql) throws SQLException {
        try (Connection connection = harness.connect(database);
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, candidateArray(connection));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Array candidateArray(Connection connection) throws SQLException {
        return connection.createArrayOf("text", candidates.toArray());
    }

    private static String sample(java.util.Collection<String> values) {
        return values.isEmpty() ? "none" : values.size() + " " + values.stream().limit(5).toList();
    }
}
