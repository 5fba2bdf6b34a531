package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.practiceloop.common.link.LinkSigningConfig;

/** Interviews a candidate logs on the plan page, handed to feedback-service for them (common's DelegatedInterview). */
@ConfigMapping(prefix = "practiceloop.interview-delegation")
public interface InterviewDelegationConfig {

    /** The keys of the delegated interview tokens, shared with feedback-service (a current key, retired ones until their date). */
    LinkSigningConfig signing();

    /** How long a delegated interview token works: one call's time, so a leaked one is soon worthless. */
    @WithDefault("60s")
    Duration tokenTtl();
}
