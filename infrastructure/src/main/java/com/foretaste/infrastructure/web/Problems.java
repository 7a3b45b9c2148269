package com.foretaste.infrastructure.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * Builds the API's RFC 9457 problem documents. The {@code type} names the category and never changes
 * (catalogue in docs/api.md); members {@code rule}, {@code field} and {@code state} say which rule was
 * broken, in which field, in which state of the aggregate.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:foretaste:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title(type));
        return problem;
    }

    static ProblemDetail withRule(ProblemDetail problem, String rule, String field, String state) {
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (state != null) {
            problem.setProperty("state", state);
        }
        return problem;
    }

    private static String title(String type) {
        String words = type.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
