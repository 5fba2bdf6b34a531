package org.practiceloop.analysis.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.analysis.service.ThemeChart;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;

/**
 * The candidate's plan page, opened from the plan email. No account: the signed, expiring link
 * says whose plan it is. Works without JavaScript; ticking a drill is a form post answered with
 * a redirect back to the drill (post/redirect/get), so reloading never posts twice.
 */
@PermitAll
@Path("/plan")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Plan page")
public class PlanPageResource {

    private final Template page;
    private final Template problem;
    private final SignedLinks links;
    private final PlanPageService plans;
    private final CurrentTenant tenant;

    PlanPageResource(@Location("plan/page.html") Template page, @Location("plan/problem.html") Template problem,
            SignedLinks links, PlanPageService plans, CurrentTenant tenant) {
        this.page = page;
        this.problem = problem;
        this.links = links;
        this.plans = plans;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The candidate's plan (the latest, or ?version=n) with charts, drills and earlier versions")
    public Response show(@QueryParam("token") String token, @QueryParam("version") String version) {
        Optional<SignedLinks.Subject> subject = tenant.enter(links, token);
        if (subject.isEmpty()) {
            return invalidLink();
        }
        Integer requested = parseVersion(version);
        if (version != null && requested == null) {
            return answer(Response.Status.NOT_FOUND, problem.data("kind", "no-version"));
        }
        return plans.page(subject.get().organizationId(), subject.get().subjectId(), requested)
                .map(p -> answer(Response.Status.OK, page.data("page", p).data("token", token)
                        .data("chartWidth", ThemeChart.WIDTH).data("chartHeight", ThemeChart.HEIGHT)))
                .orElseGet(() -> answer(Response.Status.NOT_FOUND, problem.data("kind", "no-version")));
    }

    @POST
    @Path("/drills")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Tick (done=true) or untick (done=false) a drill of the latest plan; answers 303 to the page")
    public Response markDrill(@QueryParam("token") String token, @FormParam("drill") String drill,
            @FormParam("done") String done) {
        Optional<SignedLinks.Subject> subject = tenant.enter(links, token);
        if (subject.isEmpty()) {
            return invalidLink();
        }
        if (drill == null || !("true".equals(done) || "false".equals(done))
                || !plans.markDrill(subject.get().organizationId(), subject.get().subjectId(), drill,
                        Boolean.parseBoolean(done))) {
            return answer(Response.Status.BAD_REQUEST, problem.data("kind", "no-drill"));
        }
        return Response.seeOther(UriBuilder.fromPath("/plan").queryParam("token", token).fragment(drill).build()).build();
    }

    private Response invalidLink() {
        return answer(Response.Status.BAD_REQUEST, problem.data("kind", "invalid-link"));
    }

    private static Response answer(Response.Status status, TemplateInstance html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(html.render()).build();
    }

    private static Integer parseVersion(String version) {
        try {
            return version == null ? null : Integer.valueOf(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
