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

    void refuseWhileClosing() {
        jdbc.query("SELECT running_run, closing_to FROM business_calendar WHERE id = 1 AND running_run IS NOT NULL",
                        (rs, i) -> new EndOfDayRunningException(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .stream().findFirst().ifPresent(running -> {
                    throw running;
                });
    }

    void refuseIfHeld(String aggregateId) {
        jdbc.query("SELECT id, business_date FROM end_of_day_failure WHERE aggregate_identifier = ? AND state = 'OPEN'",
                (rs, i) -> new AggregateHeldException(aggregateId, rs.getString(1), rs.getObject(2, LocalDate.class)),
                aggregateId).stream().findFirst().ifPresent(held -> {
                    throw held;
                });
    }
}
