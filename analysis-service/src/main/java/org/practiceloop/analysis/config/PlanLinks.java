package org.practiceloop.analysis.config;

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
    SignedLinks planLinks(PlanPageConfig config) {
        return new SignedLinks(config.secret(), "practiceloop.plan-page.secret", config.linkTtl(), Clock.systemUTC());
    }
}
