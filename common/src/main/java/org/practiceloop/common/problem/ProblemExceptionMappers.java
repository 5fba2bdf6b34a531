package org.practiceloop.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure a client can cause into an RFC 9457 {@code application/problem+json}
 * answer that names the offending field, and anything else into a 500 that reveals nothing.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final long DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final String AGROAL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";
    private static final Set<String> URL_ENCODING_READERS = Set.of(
            "org.jboss.resteasy.reactive.common.util.URLUtils",
            "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider");

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
        if (isMalformedUrlEncoding(e)) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request's URL-encoded data is malformed.").toResponse();
        }
        Optional<Response> outage = databaseOutage(e);
        if (outage.isPresent()) {
            return outage.get();
        }
        // The type and where it was thrown, never the message: messages may carry submitted (personal) text.
        LOG.errorf("Unhandled %s at %s", e.getClass().getName(), origin(e));
        LOG.debug("Unhandled exception", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request.")
                .toResponse();
    }

    /** 503 with Retry-After when {@code e} comes from a database outage: not a bug, the client may retry (with its Idempotency-Key). */
    public static Optional<Response> databaseOutage(Throwable e) {
        if (!isDatabaseUnavailable(e)) {
            return Optional.empty();
        }
        LOG.warnf("Database unavailable: %s", e.getClass().getName());
        return Optional.of(ProblemException.of(Response.Status.SERVICE_UNAVAILABLE,
                "The service cannot reach its database; retry in a few seconds.")
                .retryAfter(DATABASE_RETRY_AFTER_SECONDS).toResponse());
    }

    /**
     * A connection that could not be made or was cut (SQLSTATE class 08, or 57P0x: the server
     * shutting down or starting), or no pooled connection to be had (Agroal signals its
     * acquisition timeout with a plain SQLException and no SQLSTATE), anywhere in the causes or
     * in what they suppressed (the transaction manager may add the commit's failure there).
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        return isDatabaseUnavailable(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isDatabaseUnavailable(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (e instanceof SQLTransientConnectionException) {
            return true;
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            if (state == null && sql.getMessage() != null && sql.getMessage().startsWith(AGROAL_ACQUISITION_TIMEOUT)) {
                return true;
            }
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (isDatabaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseUnavailable(e.getCause(), seen);
    }

    /**
     * The REST layer failed to read the client's URL-encoded data: a broken escape such as "%zz"
     * (an IllegalArgumentException from its URL decoder) or a bare "=" pair in a form body (an
     * ArrayIndexOutOfBoundsException from its form reader). The client's error, reported as
     * plain runtime exceptions; both were found by the fault harness's hostile input.
     */
    private static boolean isMalformedUrlEncoding(Exception e) {
        StackTraceElement[] frames = e.getStackTrace();
        return (e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException) && frames.length > 0
                && URL_ENCODING_READERS.contains(frames[0].getClassName());
    }

    /** The frame that threw, and the innermost frame of our own code if that is elsewhere. */
    private static String origin(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        if (frames.length == 0) {
            return "?";
        }
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.practiceloop.")) {
                return frame == frames[0] ? frame.toString() : frames[0] + " via " + frame;
            }
        }
        return frames[0].toString();
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
