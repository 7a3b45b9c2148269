package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A write request that carries an {@code Idempotency-Key} runs at most once per principal and key:
 * a repeat gets the first outcome back (status, Location, body) and records nothing new. The same key
 * with another request is refused (422), and so is a repeat while the first is still running (409).
 * Server errors and transient conflicts are not kept, so such a request can be retried with its key.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final Clock clock;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null
                || CurrentUser.get().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY_SHAPE.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "invalid-input",
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
            return;
        }
        String principal = CurrentUser.require().getUsername();
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String hash = fingerprint(cached);
        Optional<IdempotencyStore.Claim> existing = store.claim(principal, key, hash, clock.instant());
        if (existing.isPresent()) {
            answerRepeat(existing.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, recorded);
            if (recorded.getStatus() < 500 && request.getAttribute(ProblemHandler.TRANSIENT) == null) {
                store.complete(principal, key, new IdempotencyStore.Outcome(recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getContentAsByteArray()));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(principal, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerRepeat(IdempotencyStore.Claim claim, String hash, HttpServletResponse response) throws IOException {
        if (!claim.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
        } else if (!claim.completed()) {
            problem(response, HttpStatus.CONFLICT, "request-in-progress",
                    "A request with this Idempotency-Key is still being processed; repeat it shortly.");
        } else {
            IdempotencyStore.Outcome outcome = claim.outcome();
            response.setStatus(outcome.status());
            if (outcome.contentType() != null) {
                response.setContentType(outcome.contentType());
            }
            if (outcome.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, outcome.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (outcome.body() != null) {
                response.getOutputStream().write(outcome.body());
            }
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, type, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }

    private static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(request.body()));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM provides SHA-256", impossible);
        }
    }
}
