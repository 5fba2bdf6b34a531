package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.practiceloop.notification.config.NotificationConfig;

/**
 * Where webhooks may be posted: public addresses only, unless the installation allows private
 * ones (a local stack). Otherwise an organisation could make this service probe its internal
 * network (cloud metadata at 169.254.169.254, databases on 10.x) and read the answers' fate in
 * the delivery log. Checked at registration and again before every post (DNS can change); the
 * post connects to the address checked, so a name that changes its answer in between (DNS
 * rebinding) cannot send it elsewhere.
 */
@ApplicationScoped
public class WebhookTargets {

    /** The address a host was checked at and may be posted to, or why it may not. */
    public record Target(InetAddress address, String refusal) {

        boolean refused() {
            return refusal != null;
        }
    }

    private final HostResolver resolver;
    private final boolean allowPrivate;

    WebhookTargets(HostResolver resolver, NotificationConfig config) {
        this.resolver = resolver;
        this.allowPrivate = config.webhooks().allowPrivateAddresses();
    }

    public Target check(String host) {
        try {
            return check(resolver.resolve(host), allowPrivate);
        } catch (UnknownHostException e) {
            return new Target(null, "does not resolve");
        }
    }

    /** Every address must pass, since a client could have picked any of them; the first is used. */
    static Target check(InetAddress[] addresses, boolean allowPrivate) {
        if (!allowPrivate && !Arrays.stream(addresses).allMatch(WebhookTargets::isPublic)) {
            return new Target(null, "points to a private, loopback or link-local address");
        }
        return new Target(addresses[0], null);
    }

    static boolean isPublic(InetAddress address) {
        boolean uniqueLocalV6 = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6);
    }
}
