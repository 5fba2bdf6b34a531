package org.practiceloop.feedback.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.tenant.CurrentTenant;
import org.practiceloop.feedback.config.FeedbackConfig;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationReview;
import org.practiceloop.feedback.service.EvaluationService;
import org.practiceloop.feedback.service.FocusAreaLookup;
import org.practiceloop.feedback.service.FormLinks;

/**
 * The partner web form: server-rendered, works without JavaScript, and submits through the
 * same validation and service (and so the same outbox) as the API. After a successful POST
 * it redirects (303) to a confirmation page, so a reload does not submit twice. Its focus-area
 * step (the candidate's plan, to check at this session) is another POST of the same page.
 */
@PermitAll
@Path("/form")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Partner form")
public class EvaluationFormResource {

    /** The value of the form's Review button; any other press submits. */
    private static final String REVIEW = "review";
    /** The value of the button that shows the candidate's focus areas. */
    private static final String FOCUS_AREAS = "focus-areas";

    private final Template form;
    private final Template submitted;
    private final EvaluationService service;
    private final Template linkProblem;
    private final Validator validator;
    private final FormLinks links;
    private final Optional<String> openOrganization;
    private final CurrentTenant tenant;
    private final EvaluationReview review;
    private final FocusAreaLookup focusAreas;
    private final FocusCheckValidation focusChecks;

    EvaluationFormResource(@Location("form/evaluation.html") Template form,
            @Location("form/submitted.html") Template submitted, @Location("form/link-problem.html") Template linkProblem,
            EvaluationService service, Validator validator, FormLinks links, FeedbackConfig config,
            CurrentTenant tenant, EvaluationReview review, FocusAreaLookup focusAreas,
            FocusCheckValidation focusChecks) {
        this.form = form;
        this.submitted = submitted;
        this.linkProblem = linkProblem;
        this.service = service;
        this.validator = validator;
        this.links = links;
        this.openOrganization = config.form().openOrganization();
        this.tenant = tenant;
        this.review = review;
        this.focusAreas = focusAreas;
        this.focusChecks = focusChecks;
    }

    @GET
    @Operation(summary = "The evaluation form for partners (HTML), opened through the organisation's form link")
    public Response show(@QueryParam("link") String link) {
        return organization(link).map(organization -> html(Response.Status.OK,
                        page(EvaluationForm.empty(), link, FormReview.notRequested())))
                .orElseGet(() -> refused(link));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Submit the form (303 to the confirmation), review it (action=review: the same page "
            + "with each comment marked), or show the candidate's focus areas to check (action=focus-areas); "
            + "with errors, the form again with messages")
    public Response submit(@QueryParam("link") String link, MultivaluedMap<String, String> fields, UriInfo uriInfo) {
        Optional<String> organization = organization(link);
        if (organization.isEmpty()) {
            return refused(link);
        }
        EvaluationForm filled = EvaluationForm.read(fields);
        if (FOCUS_AREAS.equals(fields.getFirst("action"))) {
            return focusAreasStep(organization.get(), filled, link);
        }
        if (filled.request() != null) {
            filled.addViolations(validator.validate(filled.request()));
        }
        if (!filled.hasErrors() && !REVIEW.equals(fields.getFirst("action"))) {
            filled.addErrors(focusChecks.errors(organization.get(), filled.request()));
        }
        if (filled.hasErrors()) {
            return html(Response.Status.BAD_REQUEST, page(filled, link, FormReview.notRequested()));
        }
        if (REVIEW.equals(fields.getFirst("action"))) {
            FormReview reviewed = review.review(organization.get(), EvaluationMapper.toReviewedTexts(filled.request()))
                    .map(FormReview::of).orElseGet(FormReview::unavailable);
            return html(Response.Status.OK, page(filled, link, reviewed));
        }
        Evaluation saved = service.submit(EvaluationMapper.toEntity(filled.request(), organization.get()));
        UriBuilder confirmation = uriInfo.getBaseUriBuilder().path("form/submitted").path(saved.id.toString());
        return Response.seeOther(link == null ? confirmation.build() : confirmation.queryParam("link", link).build())
                .build();
    }

    @GET
    @Path("/submitted/{id}")
    public Response confirmation(@PathParam("id") UUID id, @QueryParam("link") String link) {
        Optional<String> organization = organization(link);
        if (organization.isEmpty()) {
            return refused(link);
        }
        Evaluation evaluation = service.find(organization.get(), id)
                .orElseThrow(() -> new NotFoundException("No evaluation " + id));
        return html(Response.Status.OK, submitted.data("evaluation", evaluation).data("link", link));
    }

    /**
     * The form again, with the candidate's focus areas (or why there are none); the partner's
     * entries are kept and not yet validated. Analysis-service unavailable: the form says so and works.
     */
    private Response focusAreasStep(String organization, EvaluationForm filled, String link) {
        String candidateId = filled.getValues().get("candidateId");
        Set<ConstraintViolation<EvaluationRequest.Candidate>> idProblems = validator.validateValue(
                EvaluationRequest.Candidate.class, "id", candidateId.isEmpty() ? null : candidateId);
        filled.clearErrors(); // the partner has not finished the form: only the candidate id matters here
        if (!idProblems.isEmpty()) {
            filled.reject("candidateId", idProblems.iterator().next().getMessage()
                    + "; enter the candidate id to see their focus areas");
            return html(Response.Status.BAD_REQUEST, page(filled, link, FormReview.notRequested()));
        }
        filled.showFocusAreas(candidateId, focusAreas.of(organization, candidateId));
        return html(Response.Status.OK, page(filled, link, FormReview.notRequested()));
    }

    /**
     * The link's organisation; without a link, the open organisation if this install has one.
     * Either becomes the request's tenant.
     */
    private Optional<String> organization(String link) {
        if (link != null) {
            return links.organizationOf(link);
        }
        openOrganization.ifPresent(tenant::set);
        return openOrganization;
    }

    private TemplateInstance page(EvaluationForm filled, String link, FormReview reviewed) {
        return form.data("form", filled).data("link", link).data("review", reviewed);
    }

    private Response refused(String link) {
        return html(Response.Status.BAD_REQUEST, linkProblem.data("missing", link == null));
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }
}
