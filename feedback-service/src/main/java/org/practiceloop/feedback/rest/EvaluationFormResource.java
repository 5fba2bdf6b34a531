package org.practiceloop.feedback.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.feedback.config.FeedbackConfig;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationService;

/**
 * The partner web form: server-rendered, works without JavaScript, and submits through the
 * same validation and service (and so the same outbox) as the API. After a successful POST
 * it redirects (303) to a confirmation page, so a reload does not submit twice.
 */
@Path("/form")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Partner form")
public class EvaluationFormResource {

    private final Template form;
    private final Template submitted;
    private final EvaluationService service;
    private final Validator validator;
    private final FeedbackConfig config;

    EvaluationFormResource(@Location("form/evaluation.html") Template form,
            @Location("form/submitted.html") Template submitted, EvaluationService service, Validator validator,
            FeedbackConfig config) {
        this.form = form;
        this.submitted = submitted;
        this.service = service;
        this.validator = validator;
        this.config = config;
    }

    @GET
    @Operation(summary = "The evaluation form for partners (HTML)")
    public TemplateInstance show() {
        return form.data("form", EvaluationForm.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Submit the form; 303 to the confirmation, or the form again with messages")
    public Response submit(MultivaluedMap<String, String> fields, UriInfo uriInfo) {
        EvaluationForm filled = EvaluationForm.read(fields);
        if (filled.request() != null) {
            filled.addViolations(validator.validate(filled.request()));
        }
        if (filled.hasErrors()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(form.data("form", filled)).build();
        }
        Evaluation saved = service.submit(EvaluationMapper.toEntity(filled.request(), config.defaultOrganization()));
        return Response.seeOther(uriInfo.getBaseUriBuilder().path("form/submitted").path(saved.id.toString()).build())
                .build();
    }

    @GET
    @Path("/submitted/{id}")
    public TemplateInstance confirmation(@PathParam("id") UUID id) {
        Evaluation evaluation = service.find(config.defaultOrganization(), id)
                .orElseThrow(() -> new NotFoundException("No evaluation " + id));
        return submitted.data("evaluation", evaluation);
    }
}
