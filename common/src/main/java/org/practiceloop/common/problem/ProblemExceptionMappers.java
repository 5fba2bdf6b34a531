package org.practiceloop.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = FieldErrors.of(e.getConstraintViolations());
        return Problem.invalidFields("The request has " + errors.size() + " invalid field(s).", errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return Problem.invalidFields("Unknown field '" + e.getPropertyName() + "'.", List.of(FieldErrors.of(e)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return Problem.invalidFields("A field has an invalid value.", List.of(FieldErrors.of(e))).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = FieldErrors.path(e);
        if (field.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body is not the expected JSON object.").toResponse();
        }
        return Problem.invalidFields("A field has the wrong type.", List.of(FieldErrors.of(e))).toResponse();
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

}
