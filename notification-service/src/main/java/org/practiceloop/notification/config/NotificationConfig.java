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

    /** Where candidates reach this service from their email client, e.g. https://notify.example.org. */
    @WithDefault("http://127.0.0.1:8083")
    String publicUrl();

    Unsubscribe unsubscribe();

    interface Unsubscribe {
        /** HMAC-SHA256 key of the unsubscribe links (at least 32 characters); required, never committed. */
        String secret();

        /** How long an unsubscribe link keeps working. */
        @WithDefault("180d")
        Duration linkTtl();
    }

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
