package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.infrastructure.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every write request runs in one database transaction with everything it records, and its answer
 * leaves only after that transaction committed: a 2xx means recorded (once), anything else means
 * nothing was recorded (docs/adr/0005). With an {@code Idempotency-Key} the key is claimed in that
 * same transaction and its outcome stored there, so a repeat gets the first outcome back: the same
 * key with another request is refused (422), and a repeat while the first runs waits for it.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    /** Checked by {@link WriteHeaderFilter} before this filter runs. */
    static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final TransactionTemplate transaction;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Writes.isWrite(request) || CurrentUser.get().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Write write = new Write(request, key == null ? null : new CachedBodyRequest(request), key);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        Optional<IdempotencyStore.Claim> earlier;
        try {
            earlier = transaction.execute(status -> {
                store.boundLockWaits();
                Optional<IdempotencyStore.Claim> claim = write.claim(store, clock);
                if (claim.isEmpty()) {
                    run(chain, write, recorded);
                    if (write.keeps(recorded)) {
                        store.complete(write.principal, key, outcome(recorded));
                    } else {
                        status.setRollbackOnly();
                    }
                }
                return claim;
            });
        } catch (PessimisticLockingFailureException stillRunning) {
            problem(response, HttpStatus.CONFLICT, key != null ? "request-in-progress" : "concurrent-modification",
                    key != null ? "A request with this Idempotency-Key is still being processed; repeat it shortly."
                            : "Another request holds what this one changes; nothing was recorded, repeat it shortly.");
            return;
        } catch (TransactionException | UncheckedIOException notCommitted) {
            LOG.error("A write could not be committed; nothing was recorded", notCommitted);
            problem(response, HttpStatus.SERVICE_UNAVAILABLE, "not-recorded",
                    "The request may not have been recorded: repeat it with the same Idempotency-Key, which records it once.");
            return;
        }
        if (earlier.isPresent()) {
            answerRepeat(earlier.get(), write.hash, response);
            return;
        }
        if (write.isRefusalToKeep(recorded)) {
            store.keepRefusal(write.principal, key, write.hash, clock.instant(), outcome(recorded));
        }
        recorded.copyBodyToResponse();
    }

    private static void run(FilterChain chain, Write write, ContentCachingResponseWrapper recorded) {
        try {
            chain.doFilter(write.body == null ? write.request : write.body, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IdempotencyStore.Outcome outcome(ContentCachingResponseWrapper recorded) {
        return new IdempotencyStore.Outcome(recorded.getStatus(), recorded.getContentType(),
                recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray());
    }

    private void answerRepeat(IdempotencyStore.Claim claim, String hash, HttpServletResponse response) throws IOException {
        if (!claim.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
            return;
        }
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

    private void problem(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        Problems.write(response, mapper, Problems.of(status, type, detail));
    }

    /** One write request: who sends it, with which key, and the fingerprint of what it asks. */
    private static final class Write {
        private final HttpServletRequest request;
        private final CachedBodyRequest body;
        private final String key;
        private final String principal;
        private final String hash;

        Write(HttpServletRequest request, CachedBodyRequest body, String key) {
            this.request = request;
            this.body = body;
            this.key = key;
            this.principal = CurrentUser.require().getUsername();
            this.hash = body == null ? null : fingerprint(body);
        }

        Optional<IdempotencyStore.Claim> claim(IdempotencyStore store, Clock clock) {
            return key == null ? Optional.empty() : store.claim(principal, key, hash, clock.instant());
        }

        /** Only a success is committed; every other answer rolls back whatever the request wrote. */
        boolean keeps(ContentCachingResponseWrapper recorded) {
            return recorded.getStatus() >= 200 && recorded.getStatus() < 300;
        }

        /** A refusal is the key's outcome too, unless a retry may be answered differently (transient, server error). */
        boolean isRefusalToKeep(ContentCachingResponseWrapper recorded) {
            return key != null && !keeps(recorded) && recorded.getStatus() < 500
                    && request.getAttribute(ProblemHandler.TRANSIENT) == null;
        }

        private static String fingerprint(CachedBodyRequest request) {
            return Fingerprints.of(request);
        }
    }
}
