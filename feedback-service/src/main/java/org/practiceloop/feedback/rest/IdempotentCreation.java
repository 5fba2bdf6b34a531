package org.practiceloop.feedback.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;
import org.practiceloop.common.problem.Problem;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.feedback.service.Fingerprints;
import org.practiceloop.feedback.service.IdempotencyService;
import org.practiceloop.feedback.service.IdempotencyService.Claim;
import org.practiceloop.feedback.service.IdempotencyService.StoredResponse;

/**
 * A POST that creates something (201), or a PUT that stores its next revision (200), once per
 * Idempotency-Key: a retry gets the first answer again.
 */
@ApplicationScoped
class IdempotentCreation {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** What was created, as the answer shows it and where it lives. */
    record Created<T>(Function<T, Object> body, Function<T, URI> location) {
    }

    private final IdempotencyService idempotency;
    private final Fingerprints fingerprints;
    private final ObjectMapper mapper;

    IdempotentCreation(IdempotencyService idempotency, Fingerprints fingerprints, ObjectMapper mapper) {
        this.idempotency = idempotency;
        this.fingerprints = fingerprints;
        this.mapper = mapper;
    }

    /** {@code request}: everything that makes two requests the same one (the body, and path values it does not repeat). */
    <T> Response create(String organizationId, String idempotencyKey, Object request, Supplier<T> work,
            Created<T> created) {
        return run(Response.Status.CREATED, organizationId, idempotencyKey, request, work, created);
    }

    /** As {@link #create}, answering 200 with the stored thing and its place in {@code Content-Location}. */
    <T> Response replace(String organizationId, String idempotencyKey, Object request, Supplier<T> work,
            Created<T> replaced) {
        return run(Response.Status.OK, organizationId, idempotencyKey, request, work, replaced);
    }

    private <T> Response run(Response.Status status, String organizationId, String idempotencyKey, Object request,
            Supplier<T> work, Created<T> created) {
        if (idempotencyKey == null) {
            return answer(status, work.get(), created);
        }
        requireValidKey(idempotencyKey);
        Claim claim = idempotency.claim(organizationId, idempotencyKey, fingerprints.of(request));
        if (claim instanceof Claim.Replay replay) {
            return replay(replay.response());
        }
        if (claim instanceof Claim.InFlight) {
            throw ProblemException.of(Response.Status.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry later.");
        }
        if (claim instanceof Claim.Mismatch) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content",
                    "This Idempotency-Key was already used with a different request."));
        }
        try {
            T saved = idempotency.complete(organizationId, idempotencyKey, work, t -> new StoredResponse(
                    status.getStatusCode(), json(created.body().apply(t)), created.location().apply(t).toString()));
            return answer(status, saved, created);
        } catch (RuntimeException e) {
            idempotency.release(organizationId, idempotencyKey);
            throw e;
        }
    }

    private static <T> Response answer(Response.Status status, T saved, Created<T> created) {
        return place(Response.status(status), status.getStatusCode(), created.location().apply(saved))
                .entity(created.body().apply(saved)).build();
    }

    /** A creation answers where the new thing lives; a replacement, where what it answers lives. */
    private static Response.ResponseBuilder place(Response.ResponseBuilder answer, int status, URI location) {
        return status == Response.Status.CREATED.getStatusCode() ? answer.location(location)
                : answer.header("Content-Location", location);
    }

    private static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1 to 255 visible ASCII characters");
        }
    }

    private static Response replay(StoredResponse response) {
        return place(Response.status(response.status()), response.status(), URI.create(response.location()))
                .type(MediaType.APPLICATION_JSON)
                .entity(response.body())
                .header("Idempotent-Replayed", "true")
                .build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
