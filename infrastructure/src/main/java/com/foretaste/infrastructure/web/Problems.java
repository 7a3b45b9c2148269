package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
    public static final int MAX_DETAIL = 400;
    static final int MAX_MEMBER = 120;

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail, MAX_DETAIL));
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

    static ProblemDetail withRule(ProblemDetail problem, String rule, String field, String state) {
        if (rule != null) {
            problem.setProperty("rule", bounded(rule, MAX_MEMBER));
        }
        if (field != null) {
            problem.setProperty("field", bounded(field, MAX_MEMBER));
        }
        if (state != null) {
            problem.setProperty("state", bounded(state, MAX_MEMBER));
        }
        return problem;
    }

    /** The category of an answer Spring or the servlet container made, by its status. */
    static String typeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is4xxClientError() ? "malformed-request" : "internal-error";
        }
        return switch (known) {
            case BAD_REQUEST -> "malformed-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "request-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "request-too-large";
            default -> status.is4xxClientError() ? "malformed-request" : "internal-error";
        };
    }

    /** Answers with the problem directly, for the layers that run before Spring MVC's own handling. */
    public static void write(HttpServletResponse response, ObjectMapper mapper, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }

    /** Quotes input back, cut short: an error never echoes an input at any length. */
    public static String quote(Object input) {
        return "'" + bounded(String.valueOf(input), 40) + "'";
    }

    static String bounded(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private static String title(String type) {
        String words = type.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
