package com.foretaste.infrastructure.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where the end of day stops parties' commands: while a run closes days (they would be decided on a
 * business date the run is moving), and for an aggregate whose date-driven command failed (its
 * state may lag behind the business date) until the operator retries or resolves the failure.
 */
@Repository
class EndOfDayGate {

    private final JdbcTemplate jdbc;

    EndOfDayGate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refuses a party's command while a run closes days, or when the aggregate is held by an open
     * failure (the run first: it says when to try again). One read for both, on the command's path.
     */
    void refuseWhileClosingOrHeld(String aggregateId) {
        jdbc.query("SELECT 1, running_run, closing_to FROM business_calendar WHERE id = 1 AND running_run IS NOT NULL"
                        + " UNION ALL SELECT 2, id, business_date FROM end_of_day_failure"
                        + " WHERE aggregate_identifier = ? AND state = 'OPEN' ORDER BY 1",
                (rs, i) -> rs.getInt(1) == 1
                        ? new EndOfDayRunningException(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class))
                        : new AggregateHeldException(aggregateId, rs.getString(2), rs.getObject(3, LocalDate.class)),
                aggregateId).stream().findFirst().ifPresent(refusal -> {
                    throw refusal;
                });
    }
}
