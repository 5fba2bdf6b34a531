package org.practiceloop.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each bad field when there are any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    /** For statuses JAX-RS has no constant for (422 Unprocessable Content). */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public static Problem invalidFields(String detail, List<FieldError> errors) {
        return new Problem("urn:practiceloop:problem:invalid-request", "Invalid request",
                Response.Status.BAD_REQUEST.getStatusCode(), detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
