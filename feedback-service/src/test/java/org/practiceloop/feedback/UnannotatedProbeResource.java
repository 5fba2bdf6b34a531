package org.practiceloop.feedback;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: an operation that declares no role, as a forgotten annotation would leave it. */
@Path("/api/v1/test-only/unannotated")
public class UnannotatedProbeResource {

    @GET
    public String open() {
        return "this must never be served";
    }
}
