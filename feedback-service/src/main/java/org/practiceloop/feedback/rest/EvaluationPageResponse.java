package org.practiceloop.feedback.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.practiceloop.feedback.service.EvaluationPage;

public record EvaluationPageResponse(
        List<EvaluationResponse> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page") String nextCursor) {

    static EvaluationPageResponse of(EvaluationPage page) {
        return new EvaluationPageResponse(page.items().stream().map(EvaluationResponse::of).toList(),
                PageCursor.encode(page.next()));
    }
}
