package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;

/**
 * The first thing a request meets: a write whose answer the client would not accept is refused (406)
 * before it runs, and a body over the limit is refused (413) before anything reads it, whether it declares its
 * length or streams in chunks; a body within it is read once, up front.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final ObjectMapper mapper;

    RequestLimitsFilter(long maxBodyBytes, ObjectMapper mapper) {
        this.maxBodyBytes = maxBodyBytes;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Writes.isWrite(request) && !answerable(request.getHeader(HttpHeaders.ACCEPT))) {
            Problems.write(response, mapper, Problems.withRule(Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                    "Writes answer with JSON (application/json, or application/problem+json for a refusal);"
                            + " the Accept header asks for neither."), "accept-json", HttpHeaders.ACCEPT, null));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (body.length > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** Whether the answer of a write (JSON, or a problem) is something the client accepts; no header accepts anything. */
    private static boolean answerable(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        Problems.write(response, mapper, Problems.withRule(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                "request-too-large", "The request body is over the limit of " + maxBodyBytes + " bytes."),
                "request-size", null, null));
    }
}
