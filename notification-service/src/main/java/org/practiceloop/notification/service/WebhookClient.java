package org.practiceloop.notification.service;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.quarkus.tls.runtime.config.TlsConfigUtils;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.practiceloop.notification.config.NotificationConfig;

/**
 * Posts webhooks with a Vert.x HTTP client on Quarkus's managed Vert.x (so its metrics are
 * Quarkus's), TLS from the TLS registry's {@code webhooks} configuration when there is one
 * ({@code quarkus.tls.webhooks.*}; else the JDK's trusted authorities).
 *
 * <p>Each post connects to the address {@link WebhookTargets} checked ({@code setServer}), never
 * resolving the name again: a second lookup could answer with an internal address (DNS rebinding).
 * The URL's host still goes into the Host header, TLS SNI and certificate verification, since
 * Vert.x takes its TLS peer from the request's host, not from the server address.
 */
@ApplicationScoped
public class WebhookClient {

    /** The TLS registry's name for the webhook client's trust (and optional client certificate). */
    static final String TLS_CONFIGURATION = "webhooks";

    /** An HTTP status, or the reason there was none (timeout, refused connection…). */
    public record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return status != null ? "HTTP " + status : error;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final long timeoutMillis;

    WebhookClient(Vertx vertx, TlsConfigurationRegistry tls, NotificationConfig config) {
        this.vertx = vertx;
        this.timeoutMillis = config.webhooks().timeout().toMillis();
        // Redirects are not followed (Vert.x's default): a receiver answers 2xx itself, or the attempt failed.
        // A metrics name is what makes Quarkus's Micrometer binder record this client's requests
        // (http_client_requests_seconds, tagged clientName=webhooks).
        HttpClientOptions options = new HttpClientOptions().setConnectTimeout((int) timeoutMillis)
                .setMetricsName("webhook-client|webhooks");
        tls.get(TLS_CONFIGURATION).ifPresent(configuration -> TlsConfigUtils.configure(options, configuration));
        // A whole batch may go to one endpoint at once; none of it should wait for a connection.
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.webhooks().batchSize()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Never fails: a failure is an outcome without a status. */
    public CompletableFuture<Outcome> post(URI url, InetAddress checked, Map<String, String> headers, String body) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url.toString())
                .setServer(SocketAddress.inetSocketAddress(port, checked.getHostAddress()))
                .setIdleTimeout(timeoutMillis);
        headers.forEach(request::putHeader);
        return client.request(request).compose(sending -> {
            // The idle timeout only catches silence; a receiver that trickles its answer must not
            // hold the dispatcher either, so the exchange as a whole gets a limit too.
            long limit = vertx.setTimer(2 * timeoutMillis,
                    fired -> sending.reset(0, new TimeoutException("the exchange took too long")));
            return sending.send(body).compose(response -> response.end().map(ended -> response.statusCode()))
                    .onComplete(done -> vertx.cancelTimer(limit));
        }).toCompletionStage().toCompletableFuture()
                .handle((status, failure) -> failure == null ? new Outcome(status, null) : new Outcome(null, describe(failure)));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
            return "timed out";
        }
        // Netty's subclasses carry the address in their names; the log names the kind.
        return cause instanceof ConnectException ? "ConnectException" : cause.getClass().getSimpleName();
    }
}
