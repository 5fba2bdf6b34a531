package org.practiceloop.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.practiceloop.common.link.LinkSigningConfig;

@ConfigMapping(prefix = "practiceloop")
public interface NotificationConfig {

    Email email();

    /** Where candidates reach this service from their email client, e.g. https://notify.example.org. */
    @WithDefault("http://127.0.0.1:8083")
    String publicUrl();

    Unsubscribe unsubscribe();

    Webhooks webhooks();

    Amend amend();

    /** The partner's link to amend an evaluation: issued here, verified by feedback-service with the same keys. */
    interface Amend {
        /** The keys, the same as feedback-service's {@code practiceloop.amend.signing}. */
        LinkSigningConfig signing();

        /** Where partners reach feedback-service's amend page, e.g. https://feedback.example.org. */
        @WithDefault("http://127.0.0.1:8081")
        String publicUrl();
    }

    interface Unsubscribe {
        /**
         * The keys of the unsubscribe and email-preference links (common's {@link LinkSigningConfig}:
         * a current key, retired ones until their date).
         */
        LinkSigningConfig signing();

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

        /**
         * At most one plan email per candidate per this window, unless the candidate chose a
         * frequency: the first plan goes at once, a later one waits and carries the newest version.
         */
        @WithDefault("24h")
        Duration pacingWindow();

        /**
         * How long an email may stay SENDING before it counts as abandoned (its dispatcher died
         * mid-send) and is sent again with the same Message-ID. Longer than {@code quarkus.mailer.timeout}.
         */
        @WithDefault("2m")
        Duration sendingLease();
    }

    interface Webhooks {
        /** Attempts of one delivery before it is given up. */
        @WithDefault("12")
        int maxAttempts();

        /** First retry delay; doubled on each further attempt, up to {@link #maxRetryDelay()}. */
        @WithDefault("5s")
        Duration retryBackoff();

        @WithDefault("1h")
        Duration maxRetryDelay();

        /** A receiver that has not answered by then has failed this attempt. */
        @WithDefault("10s")
        Duration timeout();

        /** Failed attempts in a row, over all its deliveries, after which an endpoint is disabled. */
        @WithDefault("20")
        int disableAfterFailures();

        /** Deliveries claimed per dispatcher round; they are sent concurrently. */
        @WithDefault("50")
        int batchSize();

        /** Plain-HTTP endpoint URLs are refused unless this is on (local stacks and tests). */
        @WithDefault("false")
        boolean allowHttp();

        /** Endpoints on private, loopback or link-local addresses are refused unless this is on (local stacks, tests). */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Endpoints one organisation may register. */
        @WithDefault("20")
        int maxEndpoints();
    }
}
