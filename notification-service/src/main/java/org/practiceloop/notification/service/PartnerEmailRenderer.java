package org.practiceloop.notification.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.practiceloop.notification.messaging.EvaluationAnalyzed;

/** The partner's email as HTML (escaped, inline CSS, no images) and plain text, like the plan email. */
@ApplicationScoped
public class PartnerEmailRenderer {

    /** The amend link, and the one-click unsubscribe from these emails. */
    public record Links(String amend, String unsubscribe) {
    }

    /** UTC, since the partner's time zone is unknown; minutes only, never later than the real deadline. */
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Template html;
    private final Template text;

    PartnerEmailRenderer(@Location("partner-email.html") Template html, @Location("partner-email.txt") Template text) {
        this.html = html;
        this.text = text;
    }

    public PlanEmailRenderer.RenderedEmail render(EvaluationAnalyzed analyzed, Links links, Instant amendableUntil) {
        int shielded = analyzed.shielded().size();
        String subject = shielded + (shielded == 1 ? " comment" : " comments") + " from your " + analyzed.interviewTypeInWords()
                + " session of " + analyzed.sessionDate() + " will not reach the candidate";
        String deadline = DEADLINE.format(amendableUntil);
        return new PlanEmailRenderer.RenderedEmail(subject, render(html, analyzed, subject, links, deadline),
                render(text, analyzed, subject, links, deadline));
    }

    private static String render(Template template, EvaluationAnalyzed analyzed, String subject, Links links,
            String deadline) {
        return template.data("analyzed", analyzed).data("subject", subject).data("links", links)
                .data("deadline", deadline).render();
    }
}
