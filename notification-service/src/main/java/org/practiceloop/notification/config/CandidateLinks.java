package org.practiceloop.notification.config;

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
    SignedLinks candidateLinks(NotificationConfig config) {
        return new SignedLinks(config.unsubscribe().secret(), "practiceloop.unsubscribe.secret",
                config.unsubscribe().linkTtl(), Clock.systemUTC());
    }
}
