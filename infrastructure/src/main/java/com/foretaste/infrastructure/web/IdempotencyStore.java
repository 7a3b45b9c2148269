package com.foretaste.infrastructure.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The first outcome of each (principal, Idempotency-Key). A key is claimed in the request's own
 * transaction and its outcome written there too, so a claim exists only together with what the
 * request recorded: a second request with the key waits for the first to end, then replays its
 * outcome (the first committed) or runs itself (the first rolled back, or its node died).
 */
@Repository
class IdempotencyStore {

    record Outcome(int status, String contentType, String location, byte[] body) {
    }

    record Claim(String requestHash, boolean completed, Outcome outcome) {
    }

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }

    /**
     * Bounds every lock wait of the current transaction (PostgreSQL waits without end otherwise): a
     * repeat waiting for the first request, an append waiting for a concurrent writer of the stream.
     */
    void boundLockWaits() {
        if (postgres) {
            jdbc.execute("SET LOCAL lock_timeout = '5s'");
        }
    }

    /** Claims the key in the current transaction; returns the outcome stored for it instead when there is one. */
    Optional<Claim> claim(String principal, String key, String requestHash, Instant now) {
        if (insert(principal, key, requestHash, now)) {
            return Optional.empty();
        }
        Optional<Claim> existing = find(principal, key);
        if (existing.isPresent() && !existing.get().completed()) {
            // left by a version that committed claims before their outcome: nothing ties it to a result
            jdbc.update("DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ? AND completed = FALSE",
                    principal, key);
            return insert(principal, key, requestHash, now) ? Optional.empty() : find(principal, key);
        }
        return existing;
    }

    /** Stores the outcome of the claim made in the current transaction. */
    void complete(String principal, String key, Outcome outcome) {
        jdbc.update("UPDATE idempotency_record SET completed = TRUE, response_status = ?, response_type = ?,"
                        + " response_location = ?, response_body = ? WHERE principal = ? AND idempotency_key = ?",
                outcome.status(), outcome.contentType(), outcome.location(), outcome.body(), principal, key);
    }

    /** Keeps a refusal (which recorded nothing) as the key's outcome, unless another request stored one first. */
    void keepRefusal(String principal, String key, String requestHash, Instant now, Outcome outcome) {
        jdbc.update("INSERT INTO idempotency_record (principal, idempotency_key, request_hash, completed, response_status,"
                        + " response_type, response_location, response_body, created_at) VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", principal, key, requestHash,
                outcome.status(), outcome.contentType(), outcome.location(), outcome.body(), Timestamp.from(now));
    }

    private boolean insert(String principal, String key, String requestHash, Instant now) {
        return jdbc.update("INSERT INTO idempotency_record (principal, idempotency_key, request_hash, completed, created_at)"
                + " VALUES (?, ?, ?, FALSE, ?) ON CONFLICT DO NOTHING",
                principal, key, requestHash, Timestamp.from(now)) == 1;
    }

    private Optional<Claim> find(String principal, String key) {
        return jdbc.query("SELECT request_hash, completed, response_status, response_type, response_location,"
                        + " response_body FROM idempotency_record WHERE principal = ? AND idempotency_key = ?",
                (rs, i) -> new Claim(rs.getString(1), rs.getBoolean(2),
                        new Outcome(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getBytes(6))),
                principal, key).stream().findFirst();
    }
}
