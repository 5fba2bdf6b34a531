package org.practiceloop.common.tenant;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work outside an API request (an event, a scheduled job) as one organisation or as the
 * service itself, in a request context of its own, so the session it opens is scoped to exactly
 * that tenant. Start transactions inside, not around: a session already open keeps its tenant.
 */
public final class Tenancy {

    /** Not an organisation id (those are slugs): the service acting across organisations. */
    public static final String SERVICE = "*service*";

    private Tenancy() {
    }

    public static <T> T asOrganization(String organizationId, Supplier<T> work) {
        return as(tenant -> tenant.set(organizationId), work);
    }

    public static void asOrganization(String organizationId, Runnable work) {
        as(tenant -> tenant.set(organizationId), () -> {
            work.run();
            return null;
        });
    }

    public static <T> T asService(Supplier<T> work) {
        return as(CurrentTenant::actAsService, work);
    }

    public static void asService(Runnable work) {
        as(CurrentTenant::actAsService, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T as(Consumer<CurrentTenant> tenancy, Supplier<T> work) {
        // Only a running one: executors hand over the committed transaction of the work that queued them.
        int transaction = QuarkusTransaction.getStatus();
        if (transaction == Status.STATUS_ACTIVE || transaction == Status.STATUS_MARKED_ROLLBACK) {
            throw new IllegalStateException("A transaction is already running with its own tenant; start it inside");
        }
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.isActive() ? requestContext.getState() : null;
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            tenancy.accept(Arc.container().instance(CurrentTenant.class).get());
            return work.get();
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
