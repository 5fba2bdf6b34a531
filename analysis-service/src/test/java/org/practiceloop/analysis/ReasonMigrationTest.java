package org.practiceloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V9 renames the stored praise reason: items stored before it (as {@code PRAISE}) read as
 * {@code PRAISE_ONLY} after it, the other reasons untouched. Run on a schema of its own in the test database.
 */
@QuarkusTest
class ReasonMigrationTest {

    private static final String SCHEMA = "reason_migration";

    @Inject
    DataSource dataSource;

    @Test
    void itemsStoredAsPraiseReadAsPraiseOnlyAfterV9() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).cleanDisabled(false)
                .locations("classpath:db/migration").target("8").load();
        flyway.clean();
        flyway.migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into " + SCHEMA + ".analyzed_evaluation values ('00000000-0000-0000-0000-000000000001', "
                    + "'org', 'cand', 'p-1', date '2026-12-01', 'coding', '[]', now())");
            for (String reason : List.of("PRAISE", "VAGUE", "EXTERNAL")) {
                sql.execute("insert into " + SCHEMA + ".feedback_item (id, evaluation_id, organization_id, candidate_id,"
                        + " source, position, text, label, reason, confidence) values (gen_random_uuid(), "
                        + "'00000000-0000-0000-0000-000000000001', 'org', 'cand', 'STRENGTHS', 0, 'an item', "
                        + "'NON_ACTIONABLE', '" + reason + "', 0.9)");
            }
        }

        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();

        List<String> reasons = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select reason from " + SCHEMA + ".feedback_item order by reason")) {
            while (rows.next()) {
                reasons.add(rows.getString(1));
            }
        }
        assertThat(reasons).containsExactly("EXTERNAL", "PRAISE_ONLY", "VAGUE");
    }
}
