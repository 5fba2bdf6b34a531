package org.practiceloop.devinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service at its own test database on the real PostgreSQL (init arg {@code database}). */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "practiceloop_test");
    }

    @Override
    public Map<String, String> start() {
        PostgresProvisioner.Server server = PostgresProvisioner.server();
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresProvisioner.ensureDatabase(server, database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // The database stays: Flyway cleans it at the next start (quarkus.flyway.clean-at-start in %test).
    }
}
