package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop.corrections")
public interface CorrectionsConfig {

    /** Chosen on the correction paraphrase set (analysis-service README, "Corrections"). */
    String DEFAULT_SIMILARITY_THRESHOLD = "0.65";

    /**
     * A new item whose embedding's cosine similarity with a corrected item of its organisation is
     * above this takes the corrected label.
     */
    @WithDefault(DEFAULT_SIMILARITY_THRESHOLD)
    double similarityThreshold();
}
