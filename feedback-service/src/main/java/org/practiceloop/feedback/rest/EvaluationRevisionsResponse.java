package org.practiceloop.feedback.rest;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.practiceloop.feedback.service.EvaluationService;

/** Every revision of an evaluation, oldest first (revision 1 is the evaluation as submitted). */
public record EvaluationRevisionsResponse(UUID evaluationId, List<EvaluationResponse> revisions) {

    static EvaluationRevisionsResponse of(EvaluationService.Revisions revisions) {
        return new EvaluationRevisionsResponse(revisions.latest().id, Stream.concat(
                revisions.earlier().stream().map(r -> EvaluationResponse.of(revisions.latest(), r)),
                Stream.of(EvaluationResponse.of(revisions.latest()))).toList());
    }
}
