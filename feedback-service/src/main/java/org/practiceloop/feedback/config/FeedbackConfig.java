package org.practiceloop.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop")
public interface FeedbackConfig {

    /**
     * Owner of what is submitted through the partner web form, which has no API key; signed
     * per-organisation form links are still to come (issue #6). The API takes the organisation
     * from the caller's key.
     */
    @WithDefault("default")
    String defaultOrganization();

    /** Largest body of one evaluation (API or form); the import's limit is the HTTP layer's. */
    @WithDefault("262144")
    int maxEvaluationBytes();
}
