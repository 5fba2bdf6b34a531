package org.practiceloop.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Finds a real PostgreSQL and creates databases in it: the server at {@code PGHOST:PGPORT}
 * (127.0.0.1:5432, user postgres, by default) when one answers, otherwise an embedded one
 * (zonky's PostgreSQL binaries) started once for this JVM.
 */
public final class PostgresProvisioner {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static Server embedded;

    /** Where a database lives and how to log in. */
    public record Server(String host, int port, String user, String password) {

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), user, password);
        }
    }

    private PostgresProvisioner() {
    }

    /** The local server when it answers, or else an embedded one for this JVM. */
    public static synchronized Server server() {
        Server local = new Server(env("PGHOST", "127.0.0.1"), Integer.parseInt(env("PGPORT", "5432")),
                env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        if (answers(local)) {
            return local;
        }
        if (embedded == null) {
            embedded = startEmbedded(null, 0);
        }
        return embedded;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public static String ensureDatabase(Server server, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection admin = server.connect("postgres");
                PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = admin.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel run
                throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
            }
        }
        return server.jdbcUrl(database);
    }

    /**
     * Starts an embedded PostgreSQL; with a data directory it keeps its data across restarts.
     * A port of 0 picks a free one.
     */
    public static Server startEmbedded(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            return new Server("127.0.0.1", postgres.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    static boolean answers(Server server) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = server.connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
