package org.practiceloop.common.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What an API key may do. */
public enum Scope {
    EVALUATIONS_WRITE("evaluations:write"),
    EVALUATIONS_READ("evaluations:read"),
    PLANS_READ("plans:read"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    @Override
    public String toString() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
