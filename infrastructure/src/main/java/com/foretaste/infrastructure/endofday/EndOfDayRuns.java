package com.foretaste.infrastructure.endofday;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.platform.EndOfDayRunningException;
import com.foretaste.infrastructure.web.InvalidFieldException;
import com.foretaste.infrastructure.web.NotFoundException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The operator's end-of-day runs: starting one (at most one runs on the whole platform), following
 * it, and settling the aggregates it could not visit.
 */
@Service
public class EndOfDayRuns {

    private final JdbcEndOfDayRuns runs;
    private final PlatformCalendar calendar;
    private final Scheduler scheduler;
    private final OneTimeTask<String> task;
    private final Instruments instruments;
    private final StreamRegistry registry;
    private final CommandGateway gateway;
    private final Clock clock;
    private final int maxDaysPerRun;
    private final EndOfDayMetrics metrics;

    EndOfDayRuns(JdbcEndOfDayRuns runs, PlatformCalendar calendar, Scheduler scheduler, OneTimeTask<String> task,
                 Instruments instruments, StreamRegistry registry, CommandGateway gateway, Clock clock,
                 @Value("${foretaste.end-of-day.max-days-per-run:366}") int maxDaysPerRun, EndOfDayMetrics metrics) {
        this.metrics = metrics;
        this.runs = runs;
        this.calendar = calendar;
        this.scheduler = scheduler;
        this.task = task;
        this.instruments = instruments;
        this.registry = registry;
        this.gateway = gateway;
        this.clock = clock;
        this.maxDaysPerRun = maxDaysPerRun;
    }

    /**
     * Starts a run closing to {@code target}, in the caller's transaction. When a run to the same date
     * is going on already (another node, or a repeated request) that run is the answer.
     */
    RunRecord start(LocalDate target, String requestedBy, String correlationId) {
        LocalDate today = calendar.today();
        if (target.isBefore(today)) {
            throw new EndOfDay.DateInThePastException(today, target);
        }
        if (ChronoUnit.DAYS.between(today, target) > maxDaysPerRun) {
            throw new InvalidFieldException("date", "end-of-day-max-days", "one run closes at most " + maxDaysPerRun
                    + " days; the business date is " + today + ", so close to " + today.plusDays(maxDaysPerRun)
                    + " at the latest and then go on from there");
        }
        UUID id = UUID.randomUUID();
        if (!runs.claimCalendar(id, target)) {
            RunRecord running = runs.runningRun().flatMap(runs::find)
                    .orElseThrow(() -> new EndOfDayRunningException(null, null));
            if (running.target().equals(target)) {
                return running;
            }
            throw new EndOfDayRunningException(running.id(), running.target());
        }
        RunRecord run = new RunRecord(id, today, target, RunRecord.RUNNING, 0,
                (int) ChronoUnit.DAYS.between(today, target), requestedBy, correlationId, clock.instant(), null);
        runs.insert(run);
        // "at once": no clock is read for it; the task table is in this transaction, so the run starts only if it commits
        scheduler.schedule(task.instance(id.toString(), id.toString()), Instant.EPOCH);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                metrics.started();
                scheduler.triggerCheckForDueExecutions();
            }
        });
        return run;
    }

    Optional<RunRecord> find(UUID id) {
        return runs.find(id);
    }

    /**
     * Visits the failed aggregate again for every day from the failed one to the business date; on
     * success the failure is settled as RETRIED and the aggregate is released. A visit that fails again
     * throws, and the caller's transaction records nothing.
     */
    FailureRecord retry(UUID failureId, String by) {
        FailureRecord failure = openFailure(failureId);
        var instrument = instruments.byType(failure.instrument()).orElseThrow(() ->
                new IllegalStateException("no instrument " + failure.instrument()));
        InstrumentWork work = new InstrumentWork(instrument, registry, gateway, "retry-" + failureId);
        for (LocalDate day = failure.businessDate(); !day.isAfter(calendar.today()); day = day.plusDays(1)) {
            work.visit(failure.aggregateId(), day);
        }
        settle(failureId, FailureRecord.RETRIED, by, null);
        return runs.failure(failureId).orElseThrow();
    }

    /** The operator settles a failure without a retry (the aggregate is visited again by the next run). */
    FailureRecord resolve(UUID failureId, String by, String note) {
        openFailure(failureId);
        settle(failureId, FailureRecord.RESOLVED, by, note);
        return runs.failure(failureId).orElseThrow();
    }

    private void settle(UUID failureId, String state, String by, String note) {
        if (!runs.settle(failureId, state, by, note)) {
            throw new CommandRejectedException(Rejection.notAllowedIn(FailureRecord.OPEN, "settle-only-open-failures",
                    "end-of-day failure " + failureId + " was settled by another request meanwhile"));
        }
    }

    /**
     * An open failure, while no run is going: a retry during a run would visit days the run has not
     * closed yet, and a released aggregate would miss the run's visit of the day it is closing.
     */
    private FailureRecord openFailure(UUID failureId) {
        runs.runningRun().ifPresent(running -> {
            throw new EndOfDayRunningException(running, null);
        });
        FailureRecord failure = runs.failure(failureId).orElseThrow(() ->
                new NotFoundException("No end-of-day failure " + failureId + "."));
        if (!FailureRecord.OPEN.equals(failure.state())) {
            throw new CommandRejectedException(Rejection.notAllowedIn(failure.state(), "settle-only-open-failures",
                    "end-of-day failure " + failureId + " is " + failure.state() + " already"));
        }
        return failure;
    }
}
