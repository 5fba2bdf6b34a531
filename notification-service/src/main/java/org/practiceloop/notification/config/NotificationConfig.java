package org.practiceloop.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "practiceloop")
public interface NotificationConfig {

    /** The organisation the API reads for until organisations and API keys exist. */
    @WithDefault("default")
    String defaultOrganization();

    Email email();

    interface Email {
        /** Attempts before an email that keeps failing temporarily is given up. */
        @WithDefault("10")
        int maxAttempts();

        /** First retry delay; doubled on each further attempt. */
        @WithDefault("5s")
        Duration retryBackoff();

        /** Emails sent per dispatcher transaction. */
        @WithDefault("20")
        int batchSize();
    }
}
