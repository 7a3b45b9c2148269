package com.foretaste.infrastructure.endofday;

import com.foretaste.application.calendar.BusinessDateStore;
import com.foretaste.application.endofday.EndOfDay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * End-of-day runs as stored: the run rows, their counts per instrument, their failures, and the one
 * running run held by the calendar row (so that two nodes cannot start two runs).
 */
@Repository
class JdbcEndOfDayRuns implements EndOfDay.RunLog {

    private final JdbcTemplate jdbc;
    private final BusinessDateStore calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EndOfDayMetrics metrics;

    JdbcEndOfDayRuns(JdbcTemplate jdbc, BusinessDateStore calendar, Clock clock, PlatformTransactionManager transactions,
                     EndOfDayMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.calendar = calendar;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Makes {@code run} the running one; false when another run holds the calendar. */
    boolean claimCalendar(UUID run, LocalDate target) {
        return jdbc.update("UPDATE business_calendar SET running_run = ?, closing_to = ? WHERE id = 1 AND running_run IS NULL",
                run, Date.valueOf(target)) == 1;
    }

    Optional<UUID> runningRun() {
        return jdbc.query("SELECT running_run FROM business_calendar WHERE id = 1 AND running_run IS NOT NULL",
                (rs, i) -> rs.getObject(1, UUID.class)).stream().findFirst();
    }

    void insert(RunRecord run) {
        jdbc.update("INSERT INTO end_of_day_run (id, from_date, target, state, dates_done, dates_total, requested_by,"
                        + " correlation_id, requested_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)", run.id(),
                Date.valueOf(run.from()), Date.valueOf(run.target()), RunRecord.RUNNING, run.datesTotal(),
                run.requestedBy(), run.correlationId(), Timestamp.from(run.requestedAt()));
    }

    Optional<RunRecord> find(UUID id) {
        return jdbc.query("SELECT * FROM end_of_day_run WHERE id = ?", (rs, i) -> new RunRecord(
                rs.getObject("id", UUID.class), rs.getObject("from_date", LocalDate.class),
                rs.getObject("target", LocalDate.class), rs.getString("state"), rs.getInt("dates_done"),
                rs.getInt("dates_total"), rs.getString("requested_by"), rs.getString("correlation_id"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()), id)
                .stream().findFirst();
    }

    Map<String, EndOfDay.Counts> counts(UUID run) {
        Map<String, EndOfDay.Counts> counts = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT instrument, visited, changed, failed FROM end_of_day_run_count WHERE run_id = ? ORDER BY instrument",
                rs -> {
                    counts.put(rs.getString(1), new EndOfDay.Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, run);
        return counts;
    }

    List<FailureRecord> failuresOf(UUID run) {
        return jdbc.query("SELECT * FROM end_of_day_failure WHERE run_id = ? ORDER BY recorded_at, id", FailureRecord.ROW, run);
    }

    List<FailureRecord> failuresIn(String state) {
        return jdbc.query("SELECT * FROM end_of_day_failure WHERE state = ? ORDER BY recorded_at, id", FailureRecord.ROW, state);
    }

    Optional<FailureRecord> failure(UUID id) {
        return jdbc.query("SELECT * FROM end_of_day_failure WHERE id = ?", FailureRecord.ROW, id).stream().findFirst();
    }

    /** Settles an open failure; false when it was settled meanwhile (a retry and a resolution crossed). */
    boolean settle(UUID failure, String state, String by, String note) {
        return jdbc.update("UPDATE end_of_day_failure SET state = ?, settled_at = ?, settled_by = ?, note = ?"
                + " WHERE id = ? AND state = 'OPEN'", state, Timestamp.from(clock.instant()), by, note, failure) == 1;
    }

    /** Gives a run up (it kept failing): the calendar is freed at the last day it closed. */
    void abandon(UUID run) {
        Boolean abandoned = transaction.execute(status -> {
            int updated = jdbc.update("UPDATE end_of_day_run SET state = ?, finished_at = ? WHERE id = ? AND state = ?",
                    RunRecord.FAILED, Timestamp.from(clock.instant()), run, RunRecord.RUNNING);
            jdbc.update("UPDATE business_calendar SET running_run = NULL, closing_to = NULL WHERE id = 1 AND running_run = ?",
                    run);
            return updated == 1;
        });
        if (Boolean.TRUE.equals(abandoned)) {
            find(run).ifPresent(metrics::finished);
        }
    }

    @Override
    public boolean dayClosed(UUID run, LocalDate day, Map<String, EndOfDay.Counts> counts) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // fenced: only the execution that finds the day still open closes it and adds its counts
            LocalDate from = find(run).orElseThrow().from();
            int closedBefore = (int) java.time.temporal.ChronoUnit.DAYS.between(from, day) - 1;
            if (jdbc.update("UPDATE end_of_day_run SET dates_done = ? WHERE id = ? AND dates_done = ?",
                    closedBefore + 1, run, closedBefore) == 0) {
                return false;
            }
            calendar.advanceTo(day);
            counts.forEach((instrument, c) -> {
                if (jdbc.update("UPDATE end_of_day_run_count SET visited = visited + ?, changed = changed + ?,"
                        + " failed = failed + ? WHERE run_id = ? AND instrument = ?", c.visited(), c.changed(),
                        c.failed(), run, instrument) == 0) {
                    jdbc.update("INSERT INTO end_of_day_run_count (run_id, instrument, visited, changed, failed)"
                            + " VALUES (?, ?, ?, ?, ?)", run, instrument, c.visited(), c.changed(), c.failed());
                }
            });
            return true;
        }));
    }

    @Override
    public void failed(UUID run, String instrument, String aggregateId, LocalDate day, String reason) {
        jdbc.update("INSERT INTO end_of_day_failure (id, run_id, instrument, aggregate_identifier, business_date, reason,"
                        + " state, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)", UUID.randomUUID(), run, instrument,
                aggregateId, Date.valueOf(day), reason, Timestamp.from(clock.instant()));
    }

    @Override
    public void finished(UUID run) {
        transaction.executeWithoutResult(status -> {
            long failed = jdbc.queryForObject("SELECT count(*) FROM end_of_day_failure WHERE run_id = ?", Long.class, run);
            jdbc.update("UPDATE end_of_day_run SET state = ?, finished_at = ? WHERE id = ?",
                    failed == 0 ? RunRecord.COMPLETED : RunRecord.COMPLETED_WITH_FAILURES, Timestamp.from(clock.instant()), run);
            jdbc.update("UPDATE business_calendar SET running_run = NULL, closing_to = NULL WHERE id = 1 AND running_run = ?",
                    run);
        });
        find(run).ifPresent(metrics::finished);
    }
}
