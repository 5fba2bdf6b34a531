package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "practiceloop")
public interface OrganizationConfig {

    /** The organisation the API reads for until organisations and API keys exist. */
    @WithDefault("default")
    String defaultOrganization();
}
