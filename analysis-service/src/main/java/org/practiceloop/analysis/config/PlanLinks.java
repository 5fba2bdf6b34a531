package org.practiceloop.analysis.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.practiceloop.common.link.SignedLinks;

/** The signed links to a candidate's plan page: the candidate has no account, the link says who they are. */
@ApplicationScoped
public class PlanLinks {

    @Produces
    @Singleton
    @Startup // unusable keys stop the service at startup, not at the first link
    SignedLinks planLinks(PlanPageConfig config) {
        return new SignedLinks(config.signing(), "practiceloop.plan-page.signing", config.linkTtl(), Clock.systemUTC());
    }
}
