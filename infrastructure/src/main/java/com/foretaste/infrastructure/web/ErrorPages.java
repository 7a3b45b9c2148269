package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servlet container's error page, and the answer to a request Spring Security's firewall rejects,
 * as problem documents like every other error: a client never gets an HTML page or a bare 500.
 */
@Hidden
@RestController
class ErrorPages implements ErrorController {

    private static final Pattern REJECTED_HEADER = Pattern.compile("header(?: name)?:? \"([!-~]{1,64}?)\"",
            Pattern.CASE_INSENSITIVE);

    /** Whatever status the container settled on; {@code GET /error} asked directly is simply not found. */
    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    org.springframework.http.ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer c && c >= 400 ? HttpStatusCode.valueOf(c) : HttpStatus.NOT_FOUND;
        String type = Problems.typeFor(status);
        String detail = status.is5xxServerError() ? "The service failed to handle the request." : switch (type) {
            case "not-found" -> "There is nothing at this address.";
            case "request-too-large" -> "The request is over the platform's size limits.";
            default -> "The request could not be handled as sent.";
        };
        return org.springframework.http.ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(status, type, detail));
    }

    /** The firewall refuses a request (a header with bytes outside printable ASCII, a path it distrusts): 400, naming the header. */
    static RequestRejectedHandler firewallRejections(ObjectMapper mapper) {
        return (request, response, rejected) -> {
            Matcher header = REJECTED_HEADER.matcher(String.valueOf(rejected.getMessage()));
            ProblemDetail problem = header.find()
                    ? Problems.forHeader(header.group(1).trim(), "header-printable", "The header "
                    + header.group(1).trim() + " has characters that are not allowed.")
                    : Problems.withRule(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                    "The request was refused: its address or headers are not allowed."), "request-firewall", null, null);
            Problems.write(response, mapper, problem);
        };
    }
}
