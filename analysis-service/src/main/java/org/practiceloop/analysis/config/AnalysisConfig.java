package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop.plan")
public interface AnalysisConfig {

    /** Focus areas in a plan: a few, so the candidate can act on them. */
    @WithDefault("3")
    int maxFocusAreas();

    /** Evidence quotes per focus area. */
    @WithDefault("3")
    int maxEvidence();

    /** Days after the plan is made (or after the latest session, if later) on which to check a focus area again. */
    @WithDefault("14")
    int recheckAfterDays();
}
