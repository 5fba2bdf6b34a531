package org.practiceloop.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop")
public interface FeedbackConfig {

    /** Owner of every submission until organisations and API keys exist. */
    @WithDefault("default")
    String defaultOrganization();

    /** Largest body of one evaluation (API or form); the import's limit is the HTTP layer's. */
    @WithDefault("262144")
    int maxEvaluationBytes();
}
