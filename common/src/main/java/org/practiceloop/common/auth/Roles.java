package org.practiceloop.common.auth;

/**
 * The roles of a caller's identity, for {@code @RolesAllowed}: an API key's scopes by their wire
 * names, and the operator. Constants, because annotations take nothing else.
 */
public final class Roles {

    public static final String EVALUATIONS_WRITE = "evaluations:write";
    public static final String EVALUATIONS_READ = "evaluations:read";
    public static final String PLANS_READ = "plans:read";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    /** Correcting the labels of a candidate's feedback items (analysis-service). */
    public static final String LABELS_WRITE = "labels:write";
    /** The operator key's only role: the admin API, acting above organisations. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
