package com.foretaste.domain.shared;

/**
 * A value object refused its input. Carries the name of the rule that was broken so that callers
 * can report it, together with the field they were filling, to a person who can correct it.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String rule;

    public InvalidValueException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
