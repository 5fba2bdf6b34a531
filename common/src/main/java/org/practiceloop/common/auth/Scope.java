package org.practiceloop.common.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do; its wire name is the role it grants ({@link Roles}). */
public enum Scope {
    EVALUATIONS_WRITE(Roles.EVALUATIONS_WRITE),
    EVALUATIONS_READ(Roles.EVALUATIONS_READ),
    PLANS_READ(Roles.PLANS_READ),
    WEBHOOKS_MANAGE(Roles.WEBHOOKS_MANAGE),
    LABELS_WRITE(Roles.LABELS_WRITE);

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

    /** How keys' scopes are stored in a column: wire names, sorted, separated by spaces. */
    public static String toWireList(Collection<Scope> scopes) {
        return scopes.stream().map(Scope::toString).sorted().collect(Collectors.joining(" "));
    }

    /** The scopes named in a list of wire names (spaces or commas between them); unknown names are ignored. */
    public static Set<Scope> fromWireList(String names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names.split("[ ,]+")) {
            fromWireName(name.trim()).ifPresent(scopes::add);
        }
        return scopes;
    }
}
