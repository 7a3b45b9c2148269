package com.foretaste.infrastructure.web;

/** A request header is malformed; answered with 400 naming the header and the rule. */
public class InvalidHeaderException extends RuntimeException {

    private final String header;
    private final String rule;

    public InvalidHeaderException(String header, String rule, String message) {
        super(message, null, false, false);
        this.header = header;
        this.rule = rule;
    }

    public String header() {
        return header;
    }

    public String rule() {
        return rule;
    }
}
