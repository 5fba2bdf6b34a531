package org.practiceloop.notification.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where webhooks may be posted: public addresses only, unless the installation allows private
 * ones (a local stack). Otherwise an organisation could make this service probe its internal
 * network (cloud metadata at 169.254.169.254, databases on 10.x) and read the answers' fate in
 * the delivery log. Checked at registration and again before every post (DNS can change).
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why this host may not be posted to, or empty when every address it resolves to is public. */
    static Optional<String> refusal(String host, boolean allowPrivate) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("does not resolve");
        }
        if (!allowPrivate && !Arrays.stream(addresses).allMatch(WebhookTargets::isPublic)) {
            return Optional.of("points to a private, loopback or link-local address");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        boolean uniqueLocalV6 = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6);
    }
}
