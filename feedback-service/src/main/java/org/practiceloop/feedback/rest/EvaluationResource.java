package org.practiceloop.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationService;
import org.practiceloop.feedback.service.GroupCommit;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class EvaluationResource {

    private static final String IDEMPOTENCY_KEY = IdempotentCreation.IDEMPOTENCY_KEY;
    static final String EXAMPLE = """
            {"candidate": {"id": "cand-42", "email": "ada@example.com", "name": "Ada Byron"},
             "interviewer": {"id": "p-anna", "name": "Anna", "email": "anna@example.com"},
             "sessionDate": "2026-03-02", "interviewType": "coding", "targetRole": "software engineer",
             "targetLevel": "senior",
             "ratings": [{"competency": "communication", "score": 2, "note": "talked over me"},
                         {"competency": "problem_solving", "score": 3},
                         {"competency": "system_design", "notAssessed": true}],
             "recommendation": "leaning_no",
             "strengths": "Clean, readable code.",
             "improvements": "- Clarify the requirements before coding\\n- Test the edge cases",
             "comments": "The role was frozen this week, nothing to do with you.",
             "questions": ["Merge overlapping intervals"]}""";

    private final EvaluationService service;
    private final EvaluationListing listing;
    private final IdempotentCreation creation;
    private final EvaluationAmendment amendment;
    private final CurrentCaller caller;
    private final FocusCheckValidation focusChecks;
    private final GroupCommit groupCommit;

    EvaluationResource(EvaluationService service, EvaluationListing listing, IdempotentCreation creation,
            EvaluationAmendment amendment, CurrentCaller caller, FocusCheckValidation focusChecks,
            GroupCommit groupCommit) {
        this.service = service;
        this.listing = listing;
        this.creation = creation;
        this.amendment = amendment;
        this.caller = caller;
        this.focusChecks = focusChecks;
        this.groupCommit = groupCommit;
    }

    @RolesAllowed(Roles.EVALUATIONS_WRITE)
    @POST
    @Operation(summary = "Submit an evaluation of a mock interview",
            description = "With an Idempotency-Key, a retry of the same request returns the first answer "
                    + "(header Idempotent-Replayed: true) instead of creating a second evaluation.")
    @APIResponse(responseCode = "201", description = "Accepted, stored, and queued for analysis")
    @APIResponse(responseCode = "400", description = "Invalid evaluation; the problem names each bad field (a focus "
            + "check's theme outside the taxonomy or, when analysis-service answers, outside the candidate's plan)")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still in progress")
    @APIResponse(responseCode = "413", description = "The body is larger than allowed")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used with a different request")
    @APIResponse(responseCode = "503", description = "The database is unreachable. Retry after Retry-After seconds "
            + "with the same Idempotency-Key: if the first attempt was stored after all, its answer is replayed")
    public Response submit(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRequest.class),
                    examples = @ExampleObject(name = "A coding mock interview", value = EXAMPLE)))
            @NotNull @Valid EvaluationRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY,
                    description = "A unique key per logical request (a UUID), kept 24 hours")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            UriInfo uriInfo) {
        rejectInvalid(focusChecks.errors(caller.organizationId(), request));
        Evaluation evaluation = EvaluationMapper.toEntity(request, caller.organizationId());
        // With a key, the work commits with the key's answer (its own transaction); without, with concurrent submissions.
        Supplier<Evaluation> work = idempotencyKey == null ? () -> groupCommit.submit(evaluation)
                : () -> service.submit(evaluation);
        return creation.create(caller.organizationId(), idempotencyKey, request, work,
                new IdempotentCreation.Created<>(EvaluationResponse::of, e -> EvaluationAmendment.location(uriInfo, e)));
    }

    @RolesAllowed(Roles.EVALUATIONS_WRITE)
    @PUT
    @Path("/{id}")
    @Operation(summary = "Amend an evaluation: store its next revision",
            description = "The full evaluation, validated like a submission; the candidate cannot change. Allowed "
                    + "until the evaluation's amendableUntil (submittedAt + practiceloop.amend.window, 7 days by "
                    + "default); earlier revisions are kept (GET …/revisions) and EvaluationRevised is published. "
                    + "With an Idempotency-Key, a retry returns the first answer (Idempotent-Replayed: true).")
    @APIResponse(responseCode = "200", description = "The new revision, stored and queued for analysis")
    @APIResponse(responseCode = "400", description = "Invalid evaluation, or another candidate (candidate.id); "
            + "the problem names each bad field")
    @APIResponse(responseCode = "404", description = "No such evaluation in your organisation")
    @APIResponse(responseCode = "409", description = "Past the deadline (the problem's amendableUntil), or a request "
            + "with this Idempotency-Key is still in progress", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = AmendProblemMappers.WindowClosedProblem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than allowed")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used with a different request")
    public Response amend(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRequest.class),
                    examples = @ExampleObject(name = "The evaluation, rephrased", value = EXAMPLE)))
            @NotNull @Valid EvaluationRequest request,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY,
                    description = "A unique key per logical request (a UUID), kept 24 hours")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            UriInfo uriInfo) {
        rejectInvalid(FocusCheckValidation.taxonomyErrors(request));
        return amendment.amend(caller.organizationId(), id, request, idempotencyKey, uriInfo);
    }

    @RolesAllowed(Roles.EVALUATIONS_READ)
    @GET
    @Path("/{id}")
    @Operation(summary = "Read one evaluation, as its latest revision")
    @APIResponse(responseCode = "404", description = "No such evaluation in your organisation")
    public EvaluationResponse get(@PathParam("id") UUID id) {
        return service.find(caller.organizationId(), id)
                .map(EvaluationResponse::of)
                .orElseThrow(() -> new NotFoundException("No evaluation " + id));
    }

    @RolesAllowed(Roles.EVALUATIONS_READ)
    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Every revision of an evaluation, oldest first (1: as submitted)")
    @APIResponse(responseCode = "404", description = "No such evaluation in your organisation")
    public EvaluationRevisionsResponse revisions(@PathParam("id") UUID id) {
        return service.revisions(caller.organizationId(), id)
                .map(EvaluationRevisionsResponse::of)
                .orElseThrow(() -> new NotFoundException("No evaluation " + id));
    }

    @RolesAllowed(Roles.EVALUATIONS_READ)
    @GET
    @Operation(summary = "List evaluations, newest submission first",
            description = "Filter by candidate and by session date (inclusive). Follow `nextCursor` for the next page.")
    public EvaluationPageResponse list(@QueryParam("candidateId") @Size(max = 100) String candidateId,
            @Parameter(description = "Earliest session date, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Latest session date, YYYY-MM-DD") @QueryParam("to") String to,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") String limit) {
        return listing.list(caller.organizationId(), candidateId, from, to, cursor, limit);
    }

    private static void rejectInvalid(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalidFields(
                    "The request has " + errors.size() + " invalid field(s).", errors));
        }
    }
}
