package org.practiceloop.notification.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.practiceloop.notification.messaging.ActionPlanUpdated;

/** The plan as an email: an HTML part (escaped, inline CSS, no images) and a plain-text part. */
@ApplicationScoped
public class PlanEmailRenderer {

    public record RenderedEmail(String subject, String html, String text) {
    }

    /** The signed links in the footer: one-click unsubscribe, and choosing how often to get emails. */
    public record Links(String unsubscribe, String preferences) {
    }

    private final Template html;
    private final Template text;

    PlanEmailRenderer(@Location("plan-email.html") Template html, @Location("plan-email.txt") Template text) {
        this.html = html;
        this.text = text;
    }

    /** {@code replacesVersions}: earlier versions the pacing window held back, summed up in this email. */
    public RenderedEmail render(ActionPlanUpdated update, Links links, int replacesVersions) {
        String subject = update.planVersion() == 1
                ? "Your Practice Loop action plan"
                : "Your updated Practice Loop action plan (version " + update.planVersion() + ")";
        return new RenderedEmail(subject, withData(html, update, subject, links, replacesVersions).render(),
                withData(text, update, subject, links, replacesVersions).render());
    }

    private static TemplateInstance withData(Template template, ActionPlanUpdated update, String subject, Links links,
            int replacesVersions) {
        return template.data("update", update).data("subject", subject).data("links", links)
                .data("updates", replacesVersions + 1);
    }
}
