package org.practiceloop.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves webhook hosts: the one lookup whose answer is checked and then connected to. A bean
 * of its own so a test can make a name answer differently on a later lookup (DNS rebinding).
 */
@ApplicationScoped
public class HostResolver {

    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
