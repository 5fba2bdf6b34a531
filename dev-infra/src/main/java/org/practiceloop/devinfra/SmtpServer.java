package org.practiceloop.devinfra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on a free loopback port that keeps what it receives. */
public final class SmtpServer {

    private SmtpServer() {
    }

    public static GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(KafkaBroker.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }
}
