package org.practiceloop.feedback.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationService;

/** One amendment, from the API's PUT or the partner's amend page: the next revision, once per Idempotency-Key. */
@ApplicationScoped
class EvaluationAmendment {

    /** The same body for another evaluation is another request. */
    record Fingerprinted(UUID evaluationId, EvaluationRequest evaluation) {
    }

    private final EvaluationService service;
    private final IdempotentCreation creation;

    EvaluationAmendment(EvaluationService service, IdempotentCreation creation) {
        this.service = service;
        this.creation = creation;
    }

    /** 200 with the new revision; 404, 409 past the deadline, 400 for another candidate (AmendProblemMappers). */
    Response amend(String organizationId, UUID id, EvaluationRequest request, String idempotencyKey, UriInfo uriInfo) {
        Evaluation next = EvaluationMapper.toEntity(request, organizationId);
        return creation.replace(organizationId, idempotencyKey, new Fingerprinted(id, request),
                () -> service.amend(organizationId, id, next).orElseThrow(() -> new NotFoundException("No evaluation " + id)),
                new IdempotentCreation.Created<>(EvaluationResponse::of, e -> location(uriInfo, e)));
    }

    static URI location(UriInfo uriInfo, Evaluation evaluation) {
        return uriInfo.getBaseUriBuilder().path("api/v1/evaluations").path(evaluation.id.toString()).build();
    }
}
