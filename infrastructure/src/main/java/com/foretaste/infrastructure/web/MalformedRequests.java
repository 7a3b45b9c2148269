package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Says why a request body could not be read, in the terms of the JSON a client sends: which member,
 * which rule, what kind of value was expected. Never the parser's own words, which name the
 * service's Java types and quote the input back at any length.
 */
final class MalformedRequests {

    private MalformedRequests() {
    }

    static ProblemDetail problem(Throwable cause) {
        Throwable reason = cause;
        while (reason != null && !(reason instanceof com.fasterxml.jackson.core.JacksonException)
                && !(reason instanceof BodyTooLargeException)) {
            reason = reason.getCause();
        }
        if (reason instanceof BodyTooLargeException tooLarge) {
            return Problems.withRule(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", tooLarge.getMessage()),
                    "request-size", null, null);
        }
        String field = reason instanceof JsonMappingException mapping ? path(mapping) : null;
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail(reason, field)),
                rule(reason), field, null);
    }

    private static String rule(Throwable reason) {
        return switch (reason) {
            case InputPolicy.Violation v -> v.rule();
            case UnrecognizedPropertyException u -> "known-members";
            case StreamConstraintsException s -> "json-limits";
            case JsonParseException p when isDuplicate(p) -> "members-once";
            case MismatchedInputException m when isTrailing(m) -> "single-json-value";
            case JsonParseException p -> "json-syntax";
            case null -> "json-syntax";
            default -> "value-type";
        };
    }

    private static String detail(Throwable reason, String field) {
        String where = field == null || field.isEmpty() ? "" : "'" + field + "': ";
        return switch (reason) {
            case InputPolicy.Violation v -> where + v.getOriginalMessage();
            case UnrecognizedPropertyException u -> "unknown member '" + u.getPropertyName() + "'";
            case StreamConstraintsException s -> "the body exceeds the limits on numbers, strings or nesting";
            case JsonParseException p when isDuplicate(p) -> "a member is given twice in one object";
            case MismatchedInputException m when isTrailing(m) -> "the body goes on after its JSON value";
            case JsonParseException p -> "the body is not well-formed JSON";
            case InputCoercionException c -> where + "the number is out of range";
            case MismatchedInputException m -> where + "expected " + kind(m.getTargetType());
            case null -> "the request body is missing or is not JSON";
            default -> where + "the value cannot be read";
        };
    }

    private static boolean isDuplicate(JsonParseException p) {
        return p.getOriginalMessage() != null && p.getOriginalMessage().startsWith("Duplicate field");
    }

    private static boolean isTrailing(MismatchedInputException m) {
        return m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Trailing token");
    }

    /** What a JSON value of this Java type looks like, in JSON's words. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class || type.isEnum()) {
            return type.isEnum() ? "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")) : "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a decimal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date such as \"2026-03-02\"";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "an array" : "an object";
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
