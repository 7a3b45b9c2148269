package com.foretaste.infrastructure.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * What the servlet container answers when a failure escapes every handler (a filter that throws, an
 * error status sent without a body): a problem document like every other refusal, in place of Spring
 * Boot's own error JSON, disclosing nothing internal.
 */
@Hidden
@RestController
class ServletErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ServletErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = status.is5xxServerError() ? internalError(request) : switch (status) {
            case UNAUTHORIZED -> Problems.of(status, "unauthenticated", "Authentication is required.");
            case FORBIDDEN -> Problems.of(status, "forbidden", "You may not make this request.");
            case NOT_FOUND -> Problems.of(status, "not-found", "Nothing is at this address.");
            default -> Problems.of(status, "malformed-request", "The request cannot be served as sent.");
        };
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail internalError(HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure outside the handlers, incident {}", incident,
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The service failed to handle the request; quote incident " + incident + " to the operator.");
        problem.setProperty("incident", incident);
        return problem;
    }
}
