package org.practiceloop.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure a client can cause into an RFC 9457 {@code application/problem+json}
 * answer that names the offending field, and anything else into a 500 that reveals nothing.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalidFields("The request has " + errors.size() + " invalid field(s).", errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return Problem.invalidFields("Unknown field '" + e.getPropertyName() + "'.",
                List.of(new Problem.FieldError(jsonPath(e), "is not a known field"))).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + Arrays.stream(e.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "))
                : "has the wrong type or format";
        return Problem.invalidFields("A field has an invalid value.",
                List.of(new Problem.FieldError(jsonPath(e), expected))).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body is not the expected JSON object.").toResponse();
        }
        return Problem.invalidFields("A field has the wrong type.",
                List.of(new Problem.FieldError(field, "has the wrong type"))).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not well-formed JSON.").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mismatchedInputOrGeneric(mapping);
        }
        String detail = status.getStatusCode() >= 500 ? "The server could not complete the request." : e.getMessage();
        return Problem.of(status, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        // Only the type: messages may carry submitted (personal) text.
        LOG.errorf("Unhandled %s", e.getClass().getName());
        LOG.debug("Unhandled exception", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request.")
                .toResponse();
    }

    private Response mismatchedInputOrGeneric(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unrecognizedProperty(u);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(f);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m);
        }
        return Problem.of(Response.Status.BAD_REQUEST, "The body could not be read.").toResponse();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A REST parameter's violation path starts with the method and parameter nodes
     * ({@code create.body.candidate.email}); the client knows only {@code candidate.email}.
     * A parameter alone (a query parameter, a missing body) keeps its own name.
     */
    static String fieldPath(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) { // texts[1] in List<@NotBlank String> texts
                path.append(node.getIndex() == null ? "" : "[" + node.getIndex() + "]");
                continue;
            }
            boolean lastParameter = node.getKind() == ElementKind.PARAMETER && i == nodes.size() - 1;
            if (node.getKind() != ElementKind.PROPERTY && !lastParameter) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            path.append(path.isEmpty() ? "" : ".").append(node.getName());
        }
        return path.toString();
    }
}
