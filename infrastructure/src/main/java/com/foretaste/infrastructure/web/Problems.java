package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/**
 * Builds the API's RFC 9457 problem documents. The {@code type} names the category and never changes
 * (catalogue in docs/api.md); members {@code rule}, {@code field} (or {@code header}) and {@code state} say
 * which rule was broken, in which field or header, in which state of the aggregate.
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

    /** A 400 refusing a request header, named in the problem's {@code header} member. */
    public static ProblemDetail forHeader(String header, String rule, String detail) {
        ProblemDetail problem = withRule(of(HttpStatus.BAD_REQUEST, "invalid-input", detail), rule, null, null);
        problem.setProperty("header", header);
        return problem;
    }

    /** Writes a problem document as the whole answer, for filters that answer before any controller. */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper mapper) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
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
