package org.practiceloop.devinfra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * For deploy/local/start.sh. Two uses:
 * <ul>
 * <li>{@code LocalPostgres --existing PORT DATABASE...}: creates the databases in the server
 * already running on 127.0.0.1:PORT, then exits;</li>
 * <li>{@code LocalPostgres DATA_DIR PORT DATABASE...}: runs an embedded PostgreSQL on PORT with
 * its data in DATA_DIR (kept across restarts), creates the databases, and runs until stopped.</li>
 * </ul>
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean existing = "--existing".equals(args[0]);
        int port = Integer.parseInt(args[1]);
        PostgresProvisioner.Server server = existing
                ? new PostgresProvisioner.Server("127.0.0.1", port, "postgres", "")
                : PostgresProvisioner.startEmbedded(Path.of(args[0]), port);
        Arrays.stream(args, 2, args.length).forEach(database -> PostgresProvisioner.ensureDatabase(server, database));
        if (existing) {
            System.out.println("Databases ready on the PostgreSQL server at 127.0.0.1:" + port);
            return;
        }
        System.out.println("Embedded PostgreSQL ready on 127.0.0.1:" + port);
        new CountDownLatch(1).await(); // the embedded server stops with this JVM
    }
}
