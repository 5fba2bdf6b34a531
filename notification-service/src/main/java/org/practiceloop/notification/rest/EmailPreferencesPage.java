package org.practiceloop.notification.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;
import org.practiceloop.notification.domain.EmailFrequency;
import org.practiceloop.notification.service.EmailPacing;

/**
 * The page behind "Choose how often you get these emails": the candidate has no account, so the
 * email's signed link (the same token as the unsubscribe link) says who they are.
 */
@PermitAll
@Path("/email-preferences")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Unsubscribe")
public class EmailPreferencesPage {

    private final Template page;
    private final SignedLinks tokens;
    private final EmailPacing pacing;
    private final CurrentTenant tenant;

    EmailPreferencesPage(@Location("email-preferences.html") Template page, SignedLinks tokens,
            EmailPacing pacing, CurrentTenant tenant) {
        this.page = page;
        this.tokens = tokens;
        this.pacing = pacing;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The candidate's choice of email frequency")
    public Response show(@QueryParam("token") String token) {
        return tenant.enter(tokens, token).map(subject -> render(Response.Status.OK, token, pacing.chosenFrequency(
                subject.organizationId(), subject.subjectId()).orElse(null), false)).orElseGet(this::invalid);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the candidate's choice (each_update, daily, weekly)")
    public Response choose(@QueryParam("token") String token, @FormParam("frequency") String frequency) {
        Optional<SignedLinks.Subject> subject = tenant.enter(tokens, token);
        if (subject.isEmpty()) {
            return invalid();
        }
        Optional<EmailFrequency> chosen = EmailFrequency.fromWireName(frequency);
        if (chosen.isEmpty()) {
            return render(Response.Status.BAD_REQUEST, token, pacing.chosenFrequency(
                    subject.get().organizationId(), subject.get().subjectId()).orElse(null), false);
        }
        pacing.choose(subject.get().organizationId(), subject.get().subjectId(), chosen.get());
        return render(Response.Status.OK, token, chosen.get(), true);
    }

    private Response render(Response.Status status, String token, EmailFrequency current, boolean saved) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.data("valid", true)
                .data("token", token).data("current", current == null ? "" : current.toString())
                .data("saved", saved).data("invalidChoice", status == Response.Status.BAD_REQUEST).render()).build();
    }

    private Response invalid() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.data("valid", false).data("token", "").data("current", "").data("saved", false)
                        .data("invalidChoice", false).render()).build();
    }
}
