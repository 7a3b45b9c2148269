package com.foretaste.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as RFC 9457 problem documents, like every other error of the API. */
final class ProblemResponses {

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"foretaste\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Authentication is required: send HTTP Basic credentials of a platform user."));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Your role (" + CurrentUser.get().map(u -> u.role().name()).orElse("none")
                        + ") may not " + request.getMethod() + " " + request.getRequestURI() + "."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
