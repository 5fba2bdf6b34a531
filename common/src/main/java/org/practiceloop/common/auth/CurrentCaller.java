package org.practiceloop.common.auth;

import jakarta.enterprise.context.RequestScoped;

/**
 * The authenticated caller of this request, set by {@link ApiKeyFilter}. Resources take the
 * organisation from here, never from the request, so one organisation cannot name another's.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public String organizationId() {
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller: is the resource under /api/ and annotated?");
        }
        return caller.organizationId();
    }
}
