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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.client.EnteredInterview;
import org.practiceloop.analysis.service.InterviewHandOver;
import org.practiceloop.analysis.service.PlanPageService;
import org.practiceloop.analysis.service.ThemeChart;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;

/**
 * The candidate's plan page, opened from the plan email. No account: the signed, expiring link
 * says whose plan it is. Works without JavaScript; ticking a drill is a form post answered with
 * a redirect back to the drill (post/redirect/get), so reloading never posts twice. A real
 * interview logged here goes to feedback-service, which owns interviews; the candidate waits for
 * its answer and sees it on the page.
 */
@PermitAll
@Path("/plan")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Plan page")
public class PlanPageResource {

    /** The notice after an interview was logged, and the anchor of its form. */
    private static final String LOGGED = "logged";
    private static final String FORM_ANCHOR = "log-interview";

    private final Template page;
    private final Template problem;
    private final SignedLinks links;
    private final PlanPageService plans;
    private final InterviewHandOver interviews;
    private final CurrentTenant tenant;

    PlanPageResource(@Location("plan/page.html") Template page, @Location("plan/problem.html") Template problem,
            SignedLinks links, PlanPageService plans, InterviewHandOver interviews, CurrentTenant tenant) {
        this.page = page;
        this.problem = problem;
        this.links = links;
        this.plans = plans;
        this.interviews = interviews;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The candidate's plan (the latest, or ?version=n) with charts, drills and earlier versions")
    public Response show(@QueryParam("token") String token, @QueryParam("version") String version,
            @QueryParam("interview") String interviewNotice) {
        Optional<SignedLinks.Subject> subject = tenant.enter(links, token);
        if (subject.isEmpty()) {
            return invalidLink();
        }
        Integer requested = parseVersion(version);
        if (version != null && requested == null) {
            return answer(Response.Status.NOT_FOUND, problem.data("kind", "no-version"));
        }
        return render(Response.Status.OK, subject.get(), token, requested,
                InterviewFormView.empty(LOGGED.equals(interviewNotice) ? LOGGED : null));
    }

    @POST
    @Path("/interviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Log a real interview from the plan page; handed to feedback-service, answers 303 to the page")
    public Response logInterview(@QueryParam("token") String token, @FormParam("nonce") String nonce,
            @FormParam("company") String company, @FormParam("role") String role, @FormParam("stage") String stage,
            @FormParam("interviewDate") String interviewDate, @FormParam("outcome") String outcome,
            @FormParam("feedback") String feedback) {
        Optional<SignedLinks.Subject> subject = tenant.enter(links, token);
        if (subject.isEmpty()) {
            return invalidLink();
        }
        EnteredInterview entered = EnteredInterview.entered(company, role, stage, interviewDate, outcome, feedback);
        if (!isUuid(nonce)) { // not this page's form: render it afresh rather than send without a key
            return render(Response.Status.BAD_REQUEST, subject.get(), token, null,
                    InterviewFormView.refused(entered, Map.of("form", "Please send the form from your plan page.")));
        }
        InterviewHandOver.Outcome handedOver = interviews.log(subject.get().organizationId(), subject.get().subjectId(),
                nonce, entered);
        if (handedOver instanceof InterviewHandOver.Refused refused) {
            return render(Response.Status.fromStatusCode(refused.status()), subject.get(), token, null,
                    InterviewFormView.refused(entered, refused.fieldErrors()));
        }
        if (handedOver instanceof InterviewHandOver.Unavailable) {
            return render(Response.Status.SERVICE_UNAVAILABLE, subject.get(), token, null,
                    InterviewFormView.unavailable(entered, nonce));
        }
        return Response.seeOther(UriBuilder.fromPath("/plan").queryParam("token", token)
                .queryParam("interview", LOGGED).fragment(FORM_ANCHOR).build()).build();
    }

    private Response render(Response.Status status, SignedLinks.Subject subject, String token, Integer version,
            InterviewFormView form) {
        return plans.page(subject.organizationId(), subject.subjectId(), version)
                .map(p -> answer(status, page.data("page", p).data("token", token).data("interview", form)
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

    private static boolean isUuid(String text) {
        try {
            return text != null && UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
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
