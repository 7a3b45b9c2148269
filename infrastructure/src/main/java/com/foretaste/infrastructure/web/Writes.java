package com.foretaste.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/** Which requests are writes: those the one-transaction rule, the header shapes and the Accept check apply to. */
final class Writes {

    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private Writes() {
    }

    static boolean isWrite(HttpServletRequest request) {
        return METHODS.contains(request.getMethod());
    }
}
