package org.practiceloop.analysis.config;

import io.smallrye.config.ConfigMapping;
import org.practiceloop.common.link.LinkSigningConfig;

/** Reviews feedback-service asks for on behalf of an organisation (common's DelegatedReview). */
@ConfigMapping(prefix = "practiceloop.review")
public interface ReviewConfig {

    /** The keys of the delegated review tokens, shared with feedback-service (a current key, retired ones until their date). */
    LinkSigningConfig signing();
}
