package org.practiceloop.devinfra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * For deploy/local/start.sh on a machine without a PostgreSQL server: runs an embedded one on
 * the given port with its data in the given folder (kept across restarts) and creates the
 * databases named after them. Usage: {@code LocalPostgres DATA_DIR PORT DATABASE...}.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        PostgresProvisioner.Server server = PostgresProvisioner.startEmbedded(Path.of(args[0]), Integer.parseInt(args[1]));
        for (int i = 2; i < args.length; i++) {
            PostgresProvisioner.ensureDatabase(server, args[i]);
        }
        System.out.println("Embedded PostgreSQL ready on " + server.host() + ":" + server.port());
        new CountDownLatch(1).await(); // the embedded server stops with this JVM
    }
}
