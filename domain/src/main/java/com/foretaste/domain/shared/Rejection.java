package com.foretaste.domain.shared;

import java.util.Objects;

/**
 * A command refused whole, with what a person needs to act on it: the kind of refusal, the rule
 * broken, the field at fault (when one is), a sentence, and the aggregate's state (when it matters).
 */
public record Rejection(RejectionKind kind, String rule, String field, String message, String state) {

    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static Rejection invalid(String rule, String field, String message) {
        return new Rejection(RejectionKind.INVALID, rule, field, message, null);
    }

    public static Rejection notAllowedIn(String state, String rule, String message) {
        return new Rejection(RejectionKind.NOT_ALLOWED_IN_STATE, rule, null, message, state);
    }

    public static Rejection notFound(String rule, String message) {
        return new Rejection(RejectionKind.NOT_FOUND, rule, null, message, null);
    }

    public static Rejection notAParty(String rule, String message) {
        return new Rejection(RejectionKind.NOT_A_PARTY, rule, null, message, null);
    }
}
