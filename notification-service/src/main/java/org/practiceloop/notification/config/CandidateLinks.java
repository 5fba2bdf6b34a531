package org.practiceloop.notification.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.practiceloop.common.link.SignedLinks;

/** The signed links in plan emails (unsubscribe, email frequency), which stand in for the candidate's login. */
@ApplicationScoped
public class CandidateLinks {

    @Produces
    @Singleton
    @Startup // unusable keys stop the service at startup, not at the first link
    SignedLinks candidateLinks(NotificationConfig config) {
        return new SignedLinks(config.unsubscribe().signing(), "practiceloop.unsubscribe.signing",
                config.unsubscribe().linkTtl(), Clock.systemUTC());
    }
}
