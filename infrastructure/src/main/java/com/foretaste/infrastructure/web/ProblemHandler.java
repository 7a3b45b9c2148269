package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.stream.Collectors;

/** Turns every refusal into a problem document that says which field, which rule, which state. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(CommandRejectedException.class)
    ProblemDetail rejected(CommandRejectedException e) {
        Rejection r = e.rejection();
        ProblemDetail problem = switch (r.kind()) {
            case INVALID -> Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", r.message());
            case NOT_FOUND, NOT_A_PARTY -> Problems.of(HttpStatus.NOT_FOUND, "not-found", r.message());
            case NOT_ALLOWED_IN_STATE -> Problems.of(HttpStatus.CONFLICT, "not-allowed-in-state", r.message());
        };
        return Problems.withRule(problem, r.rule(), r.field(), r.state());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage()),
                e.rule(), e.field(), null);
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage()),
                e.rule(), null, null);
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(RuntimeException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification",
                "Another change to the same agreement was recorded first; read it again and retry.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                "'" + e.getValue() + "' is not a valid " + e.getName()), "well-formed", e.getName(), null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body is not the JSON this operation expects.");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setDetail("The value of '" + field + "' cannot be read: " + mapping.getOriginalMessage());
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
