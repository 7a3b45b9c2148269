package com.foretaste.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * 401 and 403 as RFC 9457 problem documents, like every other error of the API; each refusal is
 * logged with the principal (or the username claimed), the target and the correlation id.
 */
final class ProblemResponses {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            boolean bearer = header(request).startsWith(BEARER);
            String reason = reason(exception, bearer);
            DeniedAccess.log("401 unauthenticated", target(request), reason + claimed(request));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, bearer ? "Bearer error=\"invalid_token\""
                    : "Basic realm=\"foretaste\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", reason));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            String role = CurrentUser.get().map(u -> u.role().name()).orElse("none");
            DeniedAccess.log("403 forbidden", target(request), "role " + role);
            write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    "Your role (" + role + ") may not " + request.getMethod() + " " + request.getRequestURI() + "."));
        };
    }

    /** What the caller may act on: expired, wrong issuer, bad signature, missing claim, unknown organisation... */
    private static String reason(AuthenticationException exception, boolean bearer) {
        if (exception instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return "The bearer token is not accepted: " + oauth.getError().getDescription();
        }
        return bearer ? "The bearer token is not accepted." : "Authentication is required: send HTTP Basic"
                + " credentials of a platform user, or a bearer token where the platform accepts them.";
    }

    private static String claimed(HttpServletRequest request) {
        String header = header(request);
        if (!header.startsWith(BASIC)) {
            return "";
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : " (credentials for '" + printable(decoded.substring(0, Math.min(colon, 64))) + "')";
        } catch (IllegalArgumentException malformed) {
            return " (malformed Basic credentials)";
        }
    }

    /** A claimed name goes to the log as one line of visible characters, whatever the caller sent. */
    private static String printable(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String header(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header == null ? "" : header;
    }

    private static String target(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
