package org.practiceloop.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A coaching platform's webhook endpoint (plain HTTP on loopback): records every post it answered
 * 2xx, and can answer 503 for a while, as a platform that is down, so that deliveries pile up.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One post answered 2xx: its {@code webhook-id} and what it is about. */
    record Delivery(String messageId, String type, String candidateId, String subject) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Delivery> delivered = new ArrayList<>();
    private volatile boolean down;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::receive);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void down(boolean down) {
        this.down = down;
    }

    /** Every post answered 2xx so far. */
    List<Delivery> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean refusing = down; // read once: what is answered is what is recorded
        int status = refusing ? 503 : 204;
        if (!refusing) {
            JsonNode message = JSON.readTree(body);
            JsonNode data = message.path("data");
            // plan.updated is about a plan version, evaluation.accepted about an evaluation.
            String subject = data.has("planVersion") ? "v" + data.path("planVersion").asInt()
                    : data.path("evaluationId").asText();
            synchronized (delivered) {
                delivered.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                        message.path("type").asText(), data.path("candidateId").asText(), subject));
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
