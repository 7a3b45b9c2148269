package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a write whose {@code Idempotency-Key} or {@code X-Correlation-Id} is malformed, with a 400
 * problem naming the header, before anything runs: a header the caller sent is never silently dropped
 * or replaced.
 */
class WriteHeaderFilter extends OncePerRequestFilter {

    static final String RULE = "header-shape";
    private static final Map<String, Shape> SHAPES = Map.of(
            IdempotencyFilter.HEADER, new Shape(IdempotencyFilter.KEY_SHAPE, "1 to 255 visible ASCII characters"),
            CommandSender.CORRELATION_HEADER, new Shape(CommandSender.CORRELATION_SHAPE,
                    "1 to 128 letters, digits, '.', '_', ':' or '-'"));

    private final ObjectMapper mapper;

    WriteHeaderFilter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Writes.isWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (var header : SHAPES.entrySet()) {
            String value = request.getHeader(header.getKey());
            if (value != null && !header.getValue().pattern().matcher(value).matches()) {
                Problems.write(response, mapper, Problems.forHeader(header.getKey(), RULE,
                        "The " + header.getKey() + " header must be " + header.getValue().description() + "."));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private record Shape(Pattern pattern, String description) {
    }
}
