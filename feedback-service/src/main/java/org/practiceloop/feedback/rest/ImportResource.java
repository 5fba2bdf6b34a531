package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;
import org.practiceloop.common.problem.FieldErrors;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.config.ImportConfig;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationService;
import org.practiceloop.feedback.service.Fingerprints;
import org.practiceloop.feedback.service.ImportQuota;

/**
 * A partner migrating its history sends many evaluations at once. Each row is validated and
 * stored on its own, with its own result; a row already imported (same content) is reported
 * as a duplicate of the stored one, so retrying a partly failed import is safe.
 */
@Path("/api/v1/evaluations/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@RolesAllowed(Roles.EVALUATIONS_WRITE)
public class ImportResource {

    private final EvaluationService service;
    private final Fingerprints fingerprints;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final CurrentCaller caller;
    private final ImportConfig importConfig;
    private final ImportQuota quota;
    private final FocusCheckValidation focusChecks;

    ImportResource(EvaluationService service, Fingerprints fingerprints, Validator validator, ObjectMapper mapper,
            CurrentCaller caller, ImportConfig importConfig, ImportQuota quota, FocusCheckValidation focusChecks) {
        this.service = service;
        this.fingerprints = fingerprints;
        this.validator = validator;
        this.mapper = mapper;
        this.caller = caller;
        this.importConfig = importConfig;
        this.quota = quota;
        this.focusChecks = focusChecks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import evaluations: a JSON array of evaluations, each as for POST /api/v1/evaluations")
    @APIResponse(responseCode = "200", description = "One result per row: accepted, duplicate, or rejected with reasons")
    @APIResponse(responseCode = "409", description = "Another import for the organisation is still running (Retry-After)")
    @APIResponse(responseCode = "413", description = "More rows than one import may carry")
    @APIResponse(responseCode = "429", description = "The organisation's import quota for 24 hours would be passed")
    public ImportResponse importJson(String body) {
        JsonNode rows;
        try {
            rows = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.of(Response.Status.BAD_REQUEST, "The body is not well-formed JSON.");
        }
        if (rows == null || !rows.isArray()) {
            throw ProblemException.of(Response.Status.BAD_REQUEST, "The body must be a JSON array of evaluations.");
        }
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return importRows(list);
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import evaluations from CSV with a header row",
            description = "Columns: candidate_id, candidate_email, candidate_name, interviewer_id, interviewer_name, "
                    + "interviewer_email (optional), session_date, interview_type, target_role, target_level, recommendation, ratings "
                    + "(communication=2;problem_solving=3;sql=na), strengths, improvements, comments, focus_checks "
                    + "(problem_clarification=improved:asked about the input first;communication=same).")
    @APIResponse(responseCode = "200", description = "One result per row: accepted, duplicate, or rejected with reasons")
    @APIResponse(responseCode = "409", description = "Another import for the organisation is still running (Retry-After)")
    @APIResponse(responseCode = "413", description = "More rows than one import may carry")
    @APIResponse(responseCode = "429", description = "The organisation's import quota for 24 hours would be passed")
    public ImportResponse importCsv(@RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(
            name = "Two sessions", value = """
                    candidate_id,candidate_email,interviewer_id,session_date,interview_type,recommendation,ratings,improvements
                    cand-42,ada@example.com,p-anna,2026-01-10,coding,leaning_no,communication=2;sql=na,Clarify the input size first
                    cand-42,ada@example.com,p-bob,2026-01-17,sql_data,leaning_yes,sql=3,Check row counts after each join
                    """))) String body) {
        return importRows(new ArrayList<>(CsvEvaluations.read(body, mapper)));
    }

    private ImportResponse importRows(List<JsonNode> rows) {
        if (rows.size() > importConfig.maxRows()) {
            throw new ProblemException(Problem.of(413, "Content Too Large",
                    "An import may carry at most " + importConfig.maxRows() + " rows; send the rest in another request."));
        }
        List<ImportResponse.RowResult> results = new ArrayList<>();
        try (ImportQuota.Slot slot = quota.reserve(caller.organizationId(), rows.size())) {
            for (int i = 0; i < rows.size(); i++) {
                results.add(importRow(i + 1, rows.get(i)));
            }
        }
        return ImportResponse.of(results);
    }

    private ImportResponse.RowResult importRow(int row, JsonNode json) {
        if (!(json instanceof ObjectNode)) {
            return ImportResponse.RowResult.rejected(row,
                    List.of(new Problem.FieldError("", "must be a JSON object")));
        }
        EvaluationRequest request;
        try {
            request = mapper.treeToValue(json, EvaluationRequest.class);
        } catch (JsonMappingException e) {
            return ImportResponse.RowResult.rejected(row, List.of(FieldErrors.of(e)));
        } catch (JsonProcessingException e) {
            return ImportResponse.RowResult.rejected(row, List.of(new Problem.FieldError("", "is not readable")));
        }
        Set<ConstraintViolation<EvaluationRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return ImportResponse.RowResult.rejected(row, FieldErrors.of(violations));
        }
        List<Problem.FieldError> checkErrors = focusChecks.errors(caller.organizationId(), request);
        if (!checkErrors.isEmpty()) {
            return ImportResponse.RowResult.rejected(row, checkErrors);
        }
        Evaluation evaluation = EvaluationMapper.toEntity(request, caller.organizationId());
        evaluation.importFingerprint = fingerprints.of(request);
        EvaluationService.Imported imported = service.importEvaluation(evaluation);
        return imported.duplicate()
                ? ImportResponse.RowResult.duplicate(row, imported.evaluation().id)
                : ImportResponse.RowResult.accepted(row, imported.evaluation().id);
    }
}
