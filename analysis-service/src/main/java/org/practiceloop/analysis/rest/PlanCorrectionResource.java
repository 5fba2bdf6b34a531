package org.practiceloop.analysis.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateGlobal;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.domain.Label;
import org.practiceloop.analysis.domain.Reason;
import org.practiceloop.analysis.domain.Theme;
import org.practiceloop.analysis.service.LabelCorrections;
import org.practiceloop.analysis.service.LabelCorrections.NewLabel;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;

/**
 * The candidate corrects a quote of their plan page: "not something I can act on" (the item
 * becomes non-actionable, outside their control) or "about another area" (another theme). A form
 * post answered with 303 back to the page, which then shows the new plan version.
 */
@PermitAll
@Path("/plan/corrections")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Plan page")
public class PlanCorrectionResource {

    private static final String NOT_ACTIONABLE = "not_actionable";
    private static final String OTHER_AREA = "other_area";

    private final Template problem;
    private final SignedLinks links;
    private final LabelCorrections corrections;
    private final CurrentTenant tenant;

    PlanCorrectionResource(@Location("plan/problem.html") Template problem, SignedLinks links,
            LabelCorrections corrections, CurrentTenant tenant) {
        this.problem = problem;
        this.links = links;
        this.corrections = corrections;
        this.tenant = tenant;
    }

    /** The areas a quote can be moved to, for the page's form. */
    @TemplateGlobal(name = "correctionThemes")
    static List<Theme> themes() {
        return List.of(Theme.values());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Correct a quote of the plan (correction=not_actionable, or other_area with theme); answers 303 to the page")
    public Response correct(@QueryParam("token") String token, @FormParam("item") String item,
            @FormParam("correction") String correction, @FormParam("theme") String theme) {
        Optional<SignedLinks.Subject> subject = tenant.enter(links, token);
        if (subject.isEmpty()) {
            return page(problem.data("kind", "invalid-link").render());
        }
        String organizationId = subject.get().organizationId();
        Optional<UUID> itemId = uuid(item).filter(id -> corrections.item(organizationId, id)
                .filter(found -> found.candidateId.equals(subject.get().subjectId())).isPresent());
        Optional<NewLabel> label = newLabel(correction, theme);
        if (itemId.isEmpty() || label.isEmpty()) {
            return page(problem.data("kind", "no-item").render());
        }
        corrections.correct(organizationId, itemId.get(), label.get(), LabelCorrections.CANDIDATE);
        return Response.seeOther(UriBuilder.fromPath("/plan").queryParam("token", token).build()).build();
    }

    private static Optional<NewLabel> newLabel(String correction, String theme) {
        if (NOT_ACTIONABLE.equals(correction)) {
            return Optional.of(new NewLabel(Label.NON_ACTIONABLE, Reason.EXTERNAL, null, null));
        }
        if (OTHER_AREA.equals(correction)) {
            return Arrays.stream(Theme.values()).filter(t -> t.toString().equals(theme)).findFirst()
                    .map(t -> new NewLabel(Label.CONSTRUCTIVE, null, t, null));
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.ofNullable(text).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response page(String html) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
    }
}
