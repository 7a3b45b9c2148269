package com.foretaste.infrastructure.endofday;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * DOWN while an end-of-day run is stuck: it has been running for longer than
 * {@code foretaste.end-of-day.stuck-after} since it was requested, or the node executing it has not
 * beaten its heartbeat for {@code foretaste.end-of-day.silent-after} (longer than db-scheduler waits
 * before another node takes a dead node's run over, so no live node took it). Every write of the
 * platform waits while a run closes days, so a stuck run stops the business; the details say which
 * run, since when and on which node. UP with no run, or with a run that moves.
 */
@Component("endOfDayHealthIndicator")
class EndOfDayHealth implements HealthIndicator {

    private record Execution(String pickedBy, Instant lastHeartbeat, Instant databaseNow) {
    }

    private final JdbcEndOfDayRuns runs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Duration silentAfter;

    EndOfDayHealth(JdbcEndOfDayRuns runs, JdbcTemplate jdbc, Clock clock,
                   @Value("${foretaste.end-of-day.stuck-after:PT2H}") Duration stuckAfter,
                   @Value("${foretaste.end-of-day.silent-after:PT30S}") Duration silentAfter) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
        this.silentAfter = silentAfter;
    }

    @Override
    public Health health() {
        List<RunRecord> running = jdbc.query("SELECT id FROM end_of_day_run WHERE state = ?",
                (rs, i) -> rs.getObject(1, java.util.UUID.class), RunRecord.RUNNING).stream()
                .flatMap(id -> runs.find(id).stream()).toList();
        Health.Builder health = Health.up();
        for (RunRecord run : running) {
            Duration going = Duration.between(run.requestedAt(), clock.instant());
            String state = "running for " + going.toSeconds() + " s, " + run.datesDone() + " of " + run.datesTotal()
                    + " days closed, to " + run.target();
            if (going.compareTo(stuckAfter) > 0) {
                health.down();
                state = "stuck: " + state + ", longer than " + stuckAfter;
            }
            String silence = silentNode(run);
            if (silence != null) {
                health.down();
                state = "stuck: " + state + "; " + silence;
            }
            health.withDetail(run.id().toString(), state);
        }
        return health.build();
    }

    /**
     * The executing node's silence, measured against the database's own time: the heartbeat is stamped
     * by db-scheduler with the node's wall clock, not with the platform's clock.
     */
    private String silentNode(RunRecord run) {
        List<Execution> executions = jdbc.query("SELECT picked_by, last_heartbeat, CURRENT_TIMESTAMP FROM scheduled_tasks"
                        + " WHERE task_name = ? AND task_instance = ? AND picked = TRUE",
                (rs, i) -> new Execution(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))),
                EndOfDayJob.TASK, run.id().toString());
        for (Execution execution : executions) {
            if (execution.lastHeartbeat() != null
                    && Duration.between(execution.lastHeartbeat(), execution.databaseNow()).compareTo(silentAfter) > 0) {
                return "its node " + execution.pickedBy() + " has not beaten its heartbeat since "
                        + execution.lastHeartbeat();
            }
        }
        return null;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
