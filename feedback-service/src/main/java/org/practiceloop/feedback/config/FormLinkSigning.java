package org.practiceloop.feedback.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.practiceloop.common.link.SignedLinks;

/** Form links are signed: the token names the organisation and the link, and expires. */
@ApplicationScoped
public class FormLinkSigning {

    @Produces
    @Singleton
    @Startup // unusable keys stop the service at startup, not at the first link
    SignedLinks formLinks(FeedbackConfig config) {
        return new SignedLinks(config.form().signing(), "practiceloop.form.signing", config.form().maxValidity(),
                Clock.systemUTC());
    }
}
