package org.practiceloop.notification.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for a coaching platform. Each path answers with a script of
 * statuses (the last one repeats); a status of 0 means "answer only after {@code slowMillis}".
 * Every request is recorded with its headers, body, and whether its signature verified: with the
 * integrators' example code (docs/webhooks.md) and with the Standard Webhooks reference library,
 * so compatibility is not certified by our own code alone.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body, boolean verified,
            boolean verifiedByReference, int answered, String host) {
    }

    private final HttpServer server;
    private final Map<String, int[]> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final long slowMillis;

    WebhookReceiver(long slowMillis) throws IOException {
        this.slowMillis = slowMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** A new path with its answers; returns its URL. */
    String endpoint(String path, int... statuses) {
        return endpoint("127.0.0.1", path, statuses);
    }

    /** The same, with a URL naming the receiver by {@code host} (which must lead to 127.0.0.1). */
    String endpoint(String host, String path, int... statuses) {
        scripts.put("/" + path, statuses);
        return "http://" + host + ":" + server.getAddress().getPort() + "/" + path;
    }

    void secret(String path, String secret) {
        secrets.put("/" + path, secret);
    }

    List<Received> received(String path) {
        return List.copyOf(received.getOrDefault("/" + path, List.of()));
    }

    private static boolean verifiesByReference(String secret, HttpExchange exchange, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            List<String> values = exchange.getRequestHeaders().get(name);
            if (values != null) {
                headers.put(name, values);
            }
        }
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int[] script = scripts.getOrDefault(path, new int[] {404});
        int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
        int status = script[Math.min(call, script.length - 1)];
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        String secret = secrets.get(path);
        boolean verified = secret != null && new WebhookVerifier(secret).verify(id, timestamp, signature, body);
        received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(id, timestamp, signature,
                body, verified, secret != null && verifiesByReference(secret, exchange, body), status,
                exchange.getRequestHeaders().getFirst("host")));
        if (status == 0) {
            try {
                Thread.sleep(slowMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status = 200;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
