package com.foretaste.infrastructure.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;

/**
 * Aggregates whose date-driven command failed in an end-of-day run: their state may lag behind the
 * business date, so their parties' commands wait until the operator retries or resolves the failure.
 */
@Repository
class HeldAggregates {

    private final JdbcTemplate jdbc;

    HeldAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refuseIfHeld(String aggregateId) {
        jdbc.query("SELECT id, business_date FROM end_of_day_failure WHERE aggregate_identifier = ? AND state = 'OPEN'",
                (rs, i) -> new AggregateHeldException(aggregateId, rs.getString(1), rs.getObject(2, LocalDate.class)),
                aggregateId).stream().findFirst().ifPresent(held -> {
                    throw held;
                });
    }
}
