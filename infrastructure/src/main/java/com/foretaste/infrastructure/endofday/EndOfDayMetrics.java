package com.foretaste.infrastructure.endofday;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * End-of-day runs as meters: runs started on this node, runs finished on this node by the state they
 * ended in with how long they took from request to end, and, read from the database (the same on every
 * node): the aggregates held by open failures and how long the running run has been going.
 */
@Component
class EndOfDayMetrics {

    static final String STARTED = "foretaste.endofday.runs.started";
    static final String FINISHED = "foretaste.endofday.runs";
    static final String OPEN_FAILURES = "foretaste.endofday.failures.open";
    static final String RUNNING_FOR = "foretaste.endofday.running";

    private final MeterRegistry registry;
    private final Counter started;

    EndOfDayMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.registry = registry;
        this.started = Counter.builder(STARTED).description("End-of-day runs started on this node").register(registry);
        Gauge.builder(OPEN_FAILURES, jdbc, j -> j.queryForObject(
                        "SELECT count(*) FROM end_of_day_failure WHERE state = ?", Long.class, FailureRecord.OPEN))
                .description("Aggregates held by an end-of-day failure not yet retried or resolved").register(registry);
        Gauge.builder(RUNNING_FOR, jdbc, j -> j.query("SELECT min(requested_at) FROM end_of_day_run WHERE state = ?",
                                (rs, i) -> rs.getTimestamp(1), RunRecord.RUNNING).stream().filter(Objects::nonNull)
                        .mapToDouble(since -> Duration.between(since.toInstant(), clock.instant()).toSeconds())
                        .findFirst().orElse(0.0))
                .description("How long the running end-of-day run has been going since it was requested; 0 when none runs")
                .baseUnit("seconds").register(registry);
    }

    void started() {
        started.increment();
    }

    /** A run that ended (completed, with failures or given up), timed from its request to its end. */
    void finished(RunRecord run) {
        Timer.builder(FINISHED).description("End-of-day runs finished on this node, by the state they ended in")
                .tag("state", run.state()).register(registry)
                .record(Duration.between(run.requestedAt(), run.finishedAt()));
    }
}
