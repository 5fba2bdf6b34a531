package org.practiceloop.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practiceloop.notification.service.WebhookClient;

/**
 * The pinned client over real TLS: it connects to the checked address, never resolving the
 * URL's name, yet the handshake still names that host (SNI) and the certificate must match it.
 */
@QuarkusTest
class WebhookClientTlsTest {

    @Inject
    WebhookClient client;

    /** Injected by the global {@link HttpsReceiver} resource. */
    HttpsReceiver receiver;

    @Test
    void aPostToTheCheckedAddressPresentsAndVerifiesTheUrlsHostName() throws Exception {
        URI url = URI.create("https://" + HttpsReceiver.HOST + ":" + receiver.port() + "/hooks");

        WebhookClient.Outcome outcome = client.post(url, InetAddress.getByName("127.0.0.1"), Map.of(), "{}")
                .get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).as(String.valueOf(outcome.error())).isEqualTo(204);
        assertThat(receiver.received()).last()
                .isEqualTo(new HttpsReceiver.Received(HttpsReceiver.HOST, HttpsReceiver.HOST + ":" + receiver.port()));
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefused() throws Exception {
        int before = receiver.received().size();
        URI url = URI.create("https://elsewhere.practiceloop.test:" + receiver.port() + "/hooks");

        WebhookClient.Outcome outcome = client.post(url, InetAddress.getByName("127.0.0.1"), Map.of(), "{}")
                .get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).isNotBlank();
        assertThat(receiver.received()).hasSize(before);
    }
}
