package org.practiceloop.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop.import")
public interface ImportConfig {

    /** Rows one import request may carry; larger histories are sent in several requests. */
    @WithDefault("1000")
    int maxRows();

    /** Rows one organisation may import per rolling 24 hours. */
    @WithDefault("20000")
    int rowsPerDay();
}
