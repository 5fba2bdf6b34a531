package org.practiceloop.feedback.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.AmendLinks;
import org.practiceloop.feedback.service.AmendWindowClosedException;
import org.practiceloop.feedback.service.CandidateChangedException;
import org.practiceloop.feedback.service.EvaluationReview;
import org.practiceloop.feedback.service.EvaluationService;

/**
 * The amend page of the partner's signed link: the partner form, filled with the latest revision.
 * Its POST stores the next revision through the same code as {@code PUT /api/v1/evaluations/{id}},
 * with the rendered page's nonce as the Idempotency-Key, so a double submit stores one revision.
 */
@PermitAll
@Path("/evaluations/{id}/amend")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Partner form")
public class EvaluationAmendPageResource {

    private static final String REVIEW = "review";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** What the form shows when it amends: where it posts, its nonce, which revision it changes, until when. */
    public record AmendPage(String action, String nonce, int revision, String deadline) {
    }

    private final Template form;
    private final Template amended;
    private final Template problem;
    private final AmendLinks links;
    private final EvaluationService service;
    private final EvaluationAmendment amendment;
    private final Validator validator;
    private final EvaluationReview review;

    EvaluationAmendPageResource(@Location("form/evaluation.html") Template form,
            @Location("form/amended.html") Template amended, @Location("form/amend-problem.html") Template problem,
            AmendLinks links, EvaluationService service, EvaluationAmendment amendment, Validator validator,
            EvaluationReview review) {
        this.form = form;
        this.amended = amended;
        this.problem = problem;
        this.links = links;
        this.service = service;
        this.amendment = amendment;
        this.validator = validator;
        this.review = review;
    }

    @GET
    @Operation(summary = "The amend page of the partner's signed link (HTML): the form, filled with the latest revision")
    public Response show(@PathParam("id") UUID id, @QueryParam("token") String token) {
        return withEvaluation(id, token, evaluation -> html(Response.Status.OK, page(EvaluationForm.filledWith(evaluation),
                evaluation, token, UUID.randomUUID().toString(), FormReview.notRequested())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Store the amended evaluation as the next revision (303 to the confirmation), or review it "
            + "(action=review); with errors, the form again with messages")
    public Response submit(@PathParam("id") UUID id, @QueryParam("token") String token,
            MultivaluedMap<String, String> fields, UriInfo uriInfo) {
        return withEvaluation(id, token, evaluation -> {
            String nonce = fields.getFirst("nonce");
            EvaluationForm filled = EvaluationForm.read(fields);
            if (filled.request() != null) {
                filled.addViolations(validator.validate(filled.request()));
            }
            if (filled.hasErrors()) {
                return html(Response.Status.BAD_REQUEST, page(filled, evaluation, token, nonce, FormReview.notRequested()));
            }
            if (REVIEW.equals(fields.getFirst("action"))) {
                FormReview reviewed = review.review(evaluation.organizationId,
                        EvaluationMapper.toReviewedTexts(filled.request())).map(FormReview::of)
                        .orElseGet(FormReview::unavailable);
                return html(Response.Status.OK, page(filled, evaluation, token, nonce, reviewed));
            }
            try {
                amendment.amend(evaluation.organizationId, id, filled.request(), nonce, uriInfo);
            } catch (AmendWindowClosedException e) {
                return closed(e.amendableUntil());
            } catch (CandidateChangedException e) {
                filled.reject("candidateId", "cannot change: this evaluation is about " + evaluation.candidateId);
                return html(Response.Status.BAD_REQUEST, page(filled, evaluation, token, nonce, FormReview.notRequested()));
            } catch (ProblemException e) { // the nonce's request still running, or reused for other content
                return html(Response.Status.fromStatusCode(e.problem().status()),
                        problem.data("title", "Your amendment was not stored").data("message", e.problem().detail()));
            }
            return Response.seeOther(pageUri(id, token, "done")).build();
        });
    }

    @GET
    @Path("/done")
    @Operation(summary = "The confirmation after an amendment (HTML)")
    public Response confirmation(@PathParam("id") UUID id, @QueryParam("token") String token) {
        Optional<Evaluation> evaluation = links.organizationOf(token, id).flatMap(org -> service.find(org, id));
        return evaluation.map(e -> html(Response.Status.OK, amended.data("evaluation", e)
                        .data("deadline", DEADLINE.format(e.amendableUntil)).data("again", pageUri(id, token, null))))
                .orElseGet(this::refused);
    }

    /** The page for a genuine link to a stored evaluation that is still amendable; otherwise what is wrong. */
    private Response withEvaluation(UUID id, String token, Function<Evaluation, Response> page) {
        Optional<Evaluation> evaluation = links.organizationOf(token, id).flatMap(org -> service.find(org, id));
        if (evaluation.isEmpty()) {
            return refused();
        }
        if (Instant.now().isAfter(evaluation.get().amendableUntil)) {
            return closed(evaluation.get().amendableUntil);
        }
        return page.apply(evaluation.get());
    }

    private TemplateInstance page(EvaluationForm filled, Evaluation evaluation, String token, String nonce,
            FormReview reviewed) {
        return form.data("form", filled).data("link", null).data("review", reviewed)
                .data("amendment", new AmendPage(pageUri(evaluation.id, token, null).toString(), nonce,
                        evaluation.revision, DEADLINE.format(evaluation.amendableUntil)));
    }

    private static URI pageUri(UUID id, String token, String subPath) {
        UriBuilder uri = UriBuilder.fromPath("/evaluations/{id}/amend");
        if (subPath != null) {
            uri.path(subPath);
        }
        return uri.queryParam("token", token).build(id);
    }

    private Response refused() {
        return html(Response.Status.BAD_REQUEST, problem.data("title", "This amend link does not work")
                .data("message", "It may have been changed, it may be for another evaluation, or it has expired. "
                        + "Nothing was stored."));
    }

    private Response closed(Instant amendableUntil) {
        return html(Response.Status.CONFLICT, problem.data("title", "This evaluation can no longer be amended")
                .data("message", "It could be amended until " + DEADLINE.format(amendableUntil)
                        + ". Nothing was stored."));
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }
}
