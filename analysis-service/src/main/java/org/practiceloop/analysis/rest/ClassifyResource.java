package org.practiceloop.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.analysis.domain.Classification;
import org.practiceloop.analysis.service.CorrectedLabels;
import org.practiceloop.common.auth.CurrentCaller;
import org.practiceloop.common.auth.Roles;

@Path("/api/v1/classify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classification")
@RolesAllowed(Roles.EVALUATIONS_WRITE)
public class ClassifyResource {

    private final CorrectedLabels classifier;
    private final CurrentCaller caller;

    ClassifyResource(CorrectedLabels classifier, CurrentCaller caller) {
        this.classifier = classifier;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Label feedback texts constructive or non-actionable, with a reason, confidence and theme")
    public ClassifyResponse classify(@NotNull @Valid ClassifyRequest request) {
        List<Classification> classifications = classifier.classifyAll(caller.organizationId(), request.texts());
        return new ClassifyResponse(IntStream.range(0, classifications.size()).mapToObj(i -> {
            Classification c = classifications.get(i);
            return new ClassifyResponse.Result(request.texts().get(i), c.label(), c.reason(), c.confidence(),
                    c.uncertain(), c.theme(), c.source());
        }).toList());
    }
}
