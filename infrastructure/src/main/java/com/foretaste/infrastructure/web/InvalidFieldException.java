package com.foretaste.infrastructure.web;

/** A request field is missing or malformed; answered with 400 naming the field and the rule. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidFieldException(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
