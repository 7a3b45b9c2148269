package com.foretaste.infrastructure.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The first outcome of each (principal, Idempotency-Key). A key is claimed before the request runs,
 * so two concurrent requests with one key cannot both run; a claim whose request never finished
 * (the node died) may be taken over after {@link #ABANDONED_AFTER}.
 */
@Repository
class IdempotencyStore {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    record Outcome(int status, String contentType, String location, byte[] body) {
    }

    record Claim(String requestHash, boolean completed, Instant createdAt, Outcome outcome) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key; returns the existing claim instead when the key is taken. */
    Optional<Claim> claim(String principal, String key, String requestHash, Instant now) {
        try {
            jdbc.update("INSERT INTO idempotency_record (principal, idempotency_key, request_hash, completed, created_at)"
                    + " VALUES (?, ?, ?, FALSE, ?)", principal, key, requestHash, Timestamp.from(now));
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            Optional<Claim> existing = find(principal, key);
            if (existing.isPresent() && !existing.get().completed()
                    && existing.get().createdAt().plus(ABANDONED_AFTER).isBefore(now)
                    && existing.get().requestHash().equals(requestHash)
                    && takeOver(principal, key, existing.get().createdAt(), now)) {
                return Optional.empty();
            }
            return existing;
        }
    }

    /** Re-dates an abandoned claim; only one of several concurrent retries can do so. */
    private boolean takeOver(String principal, String key, Instant abandonedAt, Instant now) {
        return jdbc.update("UPDATE idempotency_record SET created_at = ? WHERE principal = ? AND idempotency_key = ?"
                + " AND completed = FALSE AND created_at = ?", Timestamp.from(now), principal, key,
                Timestamp.from(abandonedAt)) == 1;
    }

    void complete(String principal, String key, Outcome outcome) {
        jdbc.update("UPDATE idempotency_record SET completed = TRUE, response_status = ?, response_type = ?,"
                        + " response_location = ?, response_body = ? WHERE principal = ? AND idempotency_key = ?",
                outcome.status(), outcome.contentType(), outcome.location(), outcome.body(), principal, key);
    }

    void release(String principal, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ? AND completed = FALSE",
                principal, key);
    }

    private Optional<Claim> find(String principal, String key) {
        return jdbc.query("SELECT request_hash, completed, created_at, response_status, response_type,"
                        + " response_location, response_body FROM idempotency_record"
                        + " WHERE principal = ? AND idempotency_key = ?",
                (rs, i) -> new Claim(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(),
                        new Outcome(rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBytes(7))),
                principal, key).stream().findFirst();
    }
}
