package org.practiceloop.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import org.practiceloop.common.link.LinkSigningConfig;

@ConfigMapping(prefix = "practiceloop")
public interface FeedbackConfig {

    /** Largest body of one evaluation (API or form); the import's limit is the HTTP layer's. */
    @WithDefault("262144")
    int maxEvaluationBytes();

    Form form();

    Review review();

    Amend amend();

    /** Amending an evaluation: through the API, or the page of the partner's signed link (issued by notification-service). */
    interface Amend {
        /** How long after submission an evaluation may be amended: its amendableUntil. */
        @WithDefault("7d")
        Duration window();

        /** The keys of the amend links, shared with notification-service, which issues them; this service verifies them. */
        LinkSigningConfig signing();
    }

    /** Interviews analysis-service hands over from a candidate's plan page (common's DelegatedInterview). */
    InterviewDelegation interviewDelegation();

    interface InterviewDelegation {
        /** The keys of the delegated interview tokens, shared with analysis-service (a current key, retired ones until their date). */
        LinkSigningConfig signing();
    }

    /** Reviews asked of analysis-service on behalf of an organisation (common's DelegatedReview). */
    interface Review {
        /** The keys of the delegated review tokens, shared with analysis-service (a current key, retired ones until their date). */
        LinkSigningConfig signing();

        /** How long a delegated review token works: one call's time, so a leaked one is soon worthless. */
        @WithDefault("60s")
        Duration tokenTtl();
    }

    interface Form {
        /** Where interviewers reach the form, e.g. https://feedback.example.org; form links point here. */
        @WithDefault("http://127.0.0.1:8081")
        String publicUrl();

        /** The keys of the form links (common's {@link LinkSigningConfig}: a current key, retired ones until their date). */
        LinkSigningConfig signing();

        /** The longest a form link may stay valid. */
        @WithDefault("365d")
        Duration maxValidity();

        /**
         * The organisation that receives what is submitted without a form link (a demo or a
         * single-organisation install). Unset, the form asks for a link.
         */
        Optional<String> openOrganization();
    }
}
