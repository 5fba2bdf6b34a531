package org.practiceloop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * analysis-service killed with SIGKILL in the middle of a stream of evaluations and started
 * again on the same database and consumer group: every evaluation is analysed, none twice.
 */
class AnalysisRestartIT {

    private static final int CANDIDATES = 20;
    private static final int SESSIONS = 10;
    private static final int EVALUATIONS = CANDIDATES * SESSIONS;
    private static final String DATABASE = "e2e_restart_analysis";
    private static final Map<String, String> SETTINGS = Map.of(
            "practiceloop.plan-page.signing.keys.default.secret", UUID.randomUUID() + "-" + UUID.randomUUID());
    private static TestSystem system;

    @BeforeAll
    static void startTheSystem() {
        system = new TestSystem();
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void killedMidStreamItLosesNothingAndCountsNothingTwice() throws Exception {
        ServiceProcess analysis = system.start("analysis-service", DATABASE, true, SETTINGS);
        analysis.awaitReady(Duration.ofSeconds(90));
        String run = UUID.randomUUID().toString().substring(0, 8);
        publishEvaluations(run);

        Awaitility.await("some evaluations analysed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from analyzed_evaluation") >= EVALUATIONS / 5);
        analysis.kill();
        long beforeKill = count("select count(*) from analyzed_evaluation");
        assertThat(beforeKill).as("killed mid-stream, not after the end").isLessThan(EVALUATIONS);
        System.out.printf("analysis-service killed with %d of %d evaluations analysed%n", beforeKill, EVALUATIONS);

        ServiceProcess restarted = system.start("analysis-service", DATABASE, false, SETTINGS);
        restarted.awaitReady(Duration.ofSeconds(90));
        Awaitility.await("every evaluation analysed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from analyzed_evaluation") == EVALUATIONS);
        Thread.sleep(2_000); // a redelivered event, counted twice, would show up now

        assertThat(count("select count(*) from analyzed_evaluation")).isEqualTo(EVALUATIONS);
        assertThat(count("select count(*) from processed_event")).isEqualTo(EVALUATIONS);
        assertThat(count("""
                select count(distinct items) from (select evaluation_id, count(*) items from feedback_item
                group by evaluation_id) per_evaluation""")).as("every evaluation has the same items, once").isEqualTo(1);
        assertThat(count("select count(distinct evaluation_id) from feedback_item")).isEqualTo(EVALUATIONS);
        assertThat(count("""
                select count(*) from (select candidate_id from action_plan_version group by candidate_id
                having max(version) <> count(*)) gaps""")).as("plan versions are numbered without gaps").isZero();
        for (int c = 0; c < CANDIDATES; c++) {
            String candidate = "restart-" + run + "-" + c;
            int sessions = given().get(restarted.baseUrl() + "/api/v1/candidates/" + candidate + "/themes")
                    .then().statusCode(200).extract().jsonPath()
                    .getInt("themes.find { it.theme == 'problem_clarification' }.sessions");
            assertThat(sessions).as(candidate).isEqualTo(SESSIONS);
        }
    }

    /** The documented evaluation, once per candidate and session, a week apart, on the real topic. */
    private static void publishEvaluations(String run) throws Exception {
        String example = Files.readString(TestSystem.ROOT.resolve("docs/events/evaluation-submitted.v1.json"));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (int s = 0; s < SESSIONS; s++) {
                for (int c = 0; c < CANDIDATES; c++) {
                    String candidate = "restart-" + run + "-" + c;
                    String event = example
                            .replace("5f0c2d7e-8a51-4c8e-9d39-2c7b1a0e4f11", UUID.randomUUID().toString())
                            .replace("0b8f6a52-3c0e-4d3e-8a7d-6f1d2b9c4e01", UUID.randomUUID().toString())
                            .replace("\"cand-42\"", "\"" + candidate + "\"")
                            .replace("\"2026-03-02\"", "\"" + LocalDate.of(2026, 1, 5).plusWeeks(s) + "\"");
                    producer.send(new ProducerRecord<>("evaluation-submitted", "default/" + candidate, event));
                }
            }
            producer.flush();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.database(DATABASE),
                system.postgres().user(), system.postgres().password());
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
