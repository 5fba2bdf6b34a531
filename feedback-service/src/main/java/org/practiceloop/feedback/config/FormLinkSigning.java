package org.practiceloop.feedback.config;

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
    SignedLinks formLinks(FeedbackConfig config) {
        return new SignedLinks(config.form().linkSecret(), "practiceloop.form.link-secret",
                config.form().maxValidity(), Clock.systemUTC());
    }
}
