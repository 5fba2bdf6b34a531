package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.practiceloop.common.link.LinkSigningConfig;

/** The candidate's plan page, opened from the plan email through a signed, expiring link. */
@ConfigMapping(prefix = "practiceloop.plan-page")
public interface PlanPageConfig {

    /** Where candidates reach this service from their email, e.g. https://plans.example.org. */
    @WithDefault("http://127.0.0.1:8082")
    String publicUrl();

    /** The keys of the plan links (common's {@link LinkSigningConfig}: a current key, retired ones until their date). */
    LinkSigningConfig signing();

    /** How long a plan link works; every new plan email carries a fresh one. */
    @WithDefault("90d")
    Duration linkTtl();
}
