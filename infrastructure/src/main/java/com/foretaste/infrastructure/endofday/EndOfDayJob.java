package com.foretaste.infrastructure.endofday;

import com.foretaste.application.audit.Audit;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.infrastructure.audit.Digests;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.logging.MessageLoggingContext;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The end-of-day run as a db-scheduler task: exactly one node executes a run at a time, with a
 * heartbeat; when that node dies, another node's scheduler revives the execution and the run goes on
 * from the last day it stored. A node shutting down stops its run between visits and leaves it to be
 * picked up again. A finished run ends with a digest of the store.
 */
@Configuration(proxyBeanMethods = false)
class EndOfDayJob {

    static final String TASK = "end-of-day";
    /** About two minutes of retries every five seconds. */
    static final int GIVE_UP_AFTER = 24;
    private static final Logger LOG = LoggerFactory.getLogger(EndOfDayJob.class);

    @Bean
    OneTimeTask<String> endOfDayTask(JdbcEndOfDayRuns runs, PlatformCalendar calendar, Instruments instruments,
                                     StreamRegistry registry, CommandGateway gateway, Digests digests) {
        return Tasks.oneTime(TASK, String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
                .execute((instance, context) -> run(UUID.fromString(instance.getData()), context, runs, calendar,
                        instruments, registry, gateway, digests));
    }

    private static void run(UUID id, ExecutionContext context, JdbcEndOfDayRuns runs, PlatformCalendar calendar,
                                Instruments instruments, StreamRegistry registry, CommandGateway gateway, Digests digests) {
        RunRecord run = runs.find(id).orElseThrow(() -> new IllegalStateException("no end-of-day run " + id));
        if (!RunRecord.RUNNING.equals(run.state())) {
            return;
        }
        // the run's log lines carry the correlation id its request gave, as the commands it sends do
        MessageLoggingContext.with(run.correlationId(), MetadataKeys.SYSTEM_PRINCIPAL,
                () -> execute(run, context, runs, calendar, instruments, registry, gateway, digests));
    }

    private static void execute(RunRecord run, ExecutionContext context, JdbcEndOfDayRuns runs, PlatformCalendar calendar,
                                Instruments instruments, StreamRegistry registry, CommandGateway gateway, Digests digests) {
        UUID id = run.id();
        if (context.getExecution().consecutiveFailures >= GIVE_UP_AFTER) {
            // it failed again and again (retried every 5 s): free the calendar rather than hold every write
            LOG.error("End-of-day run {} failed {} times in a row; given up at business date {}: close again when the"
                    + " cause is fixed", id, context.getExecution().consecutiveFailures, calendar.today());
            runs.abandon(id);
            return;
        }
        List<EndOfDay.DateDrivenWork> work = instruments.all().stream()
                .<EndOfDay.DateDrivenWork>map(i -> new InstrumentWork(i, registry, gateway, run.correlationId())).toList();
        new EndOfDay(calendar, work, runs).run(id, run.target(), () -> context.getSchedulerState().isShuttingDown());
        LOG.info("End-of-day run {} closed the business days to {}", id, run.target());
        try {
            digests.take("end of day " + run.target());
        } catch (Audit.BrokenStoreException broken) {
            LOG.error("No digest after the end of day to {}: the store does not verify at {}", run.target(),
                    broken.link(), broken);
        }
    }
}
