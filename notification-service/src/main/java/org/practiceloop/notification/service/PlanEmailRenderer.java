package org.practiceloop.notification.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.practiceloop.notification.messaging.ActionPlanUpdated;

/** The plan as an email: an HTML part (escaped, inline CSS, no images) and a plain-text part. */
@ApplicationScoped
public class PlanEmailRenderer {

    public record RenderedEmail(String subject, String html, String text) {
    }

    private final Template html;
    private final Template text;

    PlanEmailRenderer(@Location("plan-email.html") Template html, @Location("plan-email.txt") Template text) {
        this.html = html;
        this.text = text;
    }

    public RenderedEmail render(ActionPlanUpdated update, String unsubscribeUrl) {
        String subject = update.planVersion() == 1
                ? "Your Practice Loop action plan"
                : "Your updated Practice Loop action plan (version " + update.planVersion() + ")";
        return new RenderedEmail(subject,
                html.data("update", update).data("subject", subject).data("unsubscribeUrl", unsubscribeUrl).render(),
                text.data("update", update).data("subject", subject).data("unsubscribeUrl", unsubscribeUrl).render());
    }
}
