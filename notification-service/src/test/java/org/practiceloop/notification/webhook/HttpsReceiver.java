package org.practiceloop.notification.webhook;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTPS receiver whose certificate names only {@value #HOST}, a name no resolver knows
 * (the client must connect to the address it was given, yet present and verify this name), and
 * the webhook client's TLS configuration trusting that certificate alone. It records the name
 * each connection asked for (SNI) and the Host header.
 */
public class HttpsReceiver implements QuarkusTestResourceLifecycleManager {

    static final String HOST = "hooks.practiceloop.test";

    record Received(String serverName, String host) {
    }

    private static final String PASSWORD = "receiver-secret";
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("https-receiver");
            Path keystore = dir.resolve("receiver.p12");
            Path certificate = dir.resolve("receiver.pem");
            keytool("-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + HOST, "-ext", "SAN=dns:" + HOST, "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "receiver", "-keystore", keystore.toString(),
                    "-storepass", PASSWORD, "-file", certificate.toString());
            vertx = Vertx.vertx();
            server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true)
                            .setKeyCertOptions(new PfxOptions().setPath(keystore.toString()).setPassword(PASSWORD)))
                    .requestHandler(request -> {
                        received.add(new Received(request.connection().indicatedServerName(), request.host()));
                        request.response().setStatusCode(204).end();
                    });
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return Map.of("quarkus.tls.webhooks.trust-store.pem.certs", certificate.toString());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the HTTPS receiver", e);
        }
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(HttpsReceiver.class));
    }

    int port() {
        return server.actualPort();
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
