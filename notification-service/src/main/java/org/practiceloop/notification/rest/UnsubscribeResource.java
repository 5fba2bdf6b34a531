package org.practiceloop.notification.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.practiceloop.common.link.SignedLinks;
import org.practiceloop.common.tenant.CurrentTenant;
import org.practiceloop.notification.service.Subscriber;
import org.practiceloop.notification.service.Subscriptions;

/**
 * The unsubscribe link of a candidate's plan emails and of a partner's emails, RFC 8058: mail
 * clients POST to it directly ("one click"); a person who opens it gets a page asking to confirm,
 * because GETs (link scanners, previews)
 * must change nothing. Both answers are idempotent, and the page offers the way back.
 */
@PermitAll
@Path("/unsubscribe")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Unsubscribe")
public class UnsubscribeResource {

    private final Template page;
    private final SignedLinks tokens;
    private final Subscriptions subscriptions;
    private final CurrentTenant tenant;

    UnsubscribeResource(@Location("unsubscribe.html") Template page, SignedLinks tokens,
            Subscriptions subscriptions, CurrentTenant tenant) {
        this.page = page;
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The page an unsubscribe link opens: asks to confirm")
    public Response confirm(@QueryParam("token") String token) {
        return answer(token, "confirm", subscriber -> { });
    }

    @POST
    @Operation(summary = "Unsubscribe (RFC 8058 one-click, or the confirmation page's button)")
    public Response unsubscribe(@QueryParam("token") String token) {
        return answer(token, "unsubscribed", subscriptions::unsubscribe);
    }

    @POST
    @Path("/undo")
    @Operation(summary = "Resubscribe, from the page shown after unsubscribing")
    public Response resubscribe(@QueryParam("token") String token) {
        return answer(token, "resubscribed", subscriptions::resubscribe);
    }

    private Response answer(String token, String state, Consumer<Subscriber> action) {
        Optional<SignedLinks.Subject> subject = tenant.enter(tokens, token);
        if (subject.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page.data("state", "invalid").data("token", "").data("partner", false).render()).build();
        }
        Subscriber subscriber = Subscriber.of(subject.get());
        action.accept(subscriber);
        return Response.ok(page.data("state", state).data("token", token)
                .data("partner", subscriber instanceof Subscriber.Partner).render(), MediaType.TEXT_HTML_TYPE).build();
    }
}
