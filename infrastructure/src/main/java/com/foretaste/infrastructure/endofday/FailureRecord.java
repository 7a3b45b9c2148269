package com.foretaste.infrastructure.endofday;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An aggregate whose date-driven command failed in a run: OPEN (the aggregate is held), RETRIED (a
 * retry caught it up to the business date) or RESOLVED (the operator settled it with a note).
 */
@Schema(name = "EndOfDayFailure")
record FailureRecord(UUID id, UUID runId, String instrument, String aggregateId, LocalDate businessDate, String reason,
                     String state, Instant recordedAt, Instant settledAt, String settledBy, String note) {

    static final String OPEN = "OPEN";
    static final String RETRIED = "RETRIED";
    static final String RESOLVED = "RESOLVED";

    static final RowMapper<FailureRecord> ROW = (rs, i) -> new FailureRecord(rs.getObject("id", UUID.class),
            rs.getObject("run_id", UUID.class), rs.getString("instrument"), rs.getString("aggregate_identifier"),
            rs.getObject("business_date", LocalDate.class), rs.getString("reason"), rs.getString("state"),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getTimestamp("settled_at") == null ? null : rs.getTimestamp("settled_at").toInstant(),
            rs.getString("settled_by"), rs.getString("note"));
}
