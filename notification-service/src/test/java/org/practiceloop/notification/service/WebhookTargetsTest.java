package org.practiceloop.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which addresses a webhook may be posted to (literal addresses: no DNS involved). */
class WebhookTargetsTest {

    @Test
    void privateLoopbackLinkLocalAndUniqueLocalAddressesAreNotPublic() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.0.0.5", "172.16.3.4", "192.168.1.10", "169.254.169.254",
                "0.0.0.0", "::1", "fe80::1", "fd00::1", "224.0.0.1"}) {
            assertThat(WebhookTargets.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : new String[] {"8.8.8.8", "93.184.216.34", "2001:4860:4860::8888"}) {
            assertThat(WebhookTargets.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void aPrivateTargetIsRefusedUnlessAllowedAndTheCheckedAddressIsTheOneToConnectTo() throws Exception {
        assertThat(WebhookTargets.check(InetAddress.getAllByName("127.0.0.1"), false).refusal())
                .isEqualTo("points to a private, loopback or link-local address");
        assertThat(WebhookTargets.check(InetAddress.getAllByName("127.0.0.1"), true).address())
                .isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(WebhookTargets.check(InetAddress.getAllByName("10.1.2.3"), false).refused()).isTrue();
        assertThat(WebhookTargets.check(InetAddress.getAllByName("8.8.8.8"), false).address())
                .isEqualTo(InetAddress.getByName("8.8.8.8"));
        // One private address among public ones refuses the host: a client could have picked it.
        assertThat(WebhookTargets.check(new InetAddress[] {InetAddress.getByName("8.8.8.8"),
                InetAddress.getByName("10.0.0.1")}, false).refused()).isTrue();
    }
}
