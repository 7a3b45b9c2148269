package com.foretaste.infrastructure.endofday;

import com.foretaste.application.audit.Audit;
import com.foretaste.application.calendar.BusinessDateStore;
import com.foretaste.infrastructure.audit.Digests;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.licensing.agreement.DelinquencyAgeing;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Runs the end of day on this node: one run at a time; a run that was cut short (the service
 * stopped mid-run) is resumed when the service is ready again, in the background.
 */
@Service
public class EndOfDayService {

    private static final Logger LOG = LoggerFactory.getLogger(EndOfDayService.class);
    private static final String FINAL_STATES = Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isFinal)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private final EndOfDay endOfDay;
    private final BusinessDateStore store;
    private final Digests digests;
    private final ReentrantLock running = new ReentrantLock();

    EndOfDayService(PlatformCalendar calendar, BusinessDateStore store, JdbcTemplate jdbc, CommandGateway gateway,
                    Digests digests,
                    @Value("${foretaste.licensing.ageing-bucket-starts:1,31,61,91,181}") List<Integer> bucketStarts) {
        DelinquencyAgeing ageing = new DelinquencyAgeing(bucketStarts);
        this.store = store;
        this.digests = digests;
        this.endOfDay = new EndOfDay(calendar, store, () -> openAgreements(jdbc),
                (agreement, date) -> gateway.sendAndWait(new GenericCommandMessage<>(ExecuteAgreementCommand.of(
                        new AgreementCommand.ObserveBusinessDate(agreement, date, ageing)),
                        Map.of(MetadataKeys.BUSINESS_DATE, date.toString()))));
    }

    /** Closes business days up to {@code target}; refused while another run is going on here. */
    public EndOfDay.Result closeTo(LocalDate target) {
        if (!running.tryLock()) {
            throw new EndOfDayRunningException();
        }
        try {
            return digested(endOfDay.closeTo(target));
        } finally {
            running.unlock();
        }
    }

    /** Every end of day that closed a day ends with a digest of the store (docs/audit.md). */
    private EndOfDay.Result digested(EndOfDay.Result result) {
        if (result.days() > 0) {
            try {
                digests.take("end of day " + result.to());
            } catch (Audit.BrokenStoreException broken) {
                LOG.error("No digest after the end of day to {}: the store does not verify at {}", result.to(),
                        broken.link(), broken);
            }
        }
        return result;
    }

    public java.util.Optional<LocalDate> closingTo() {
        return store.closingTo();
    }

    /** Parties' commands wait while a run is closing days: they would be decided on a date the run is moving. */
    public void refuseWhileClosing() {
        if (running.isLocked() || store.closingTo().isPresent()) {
            throw new EndOfDayRunningException();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterruptedRun() {
        if (store.closingTo().isEmpty()) {
            return;
        }
        Thread.ofPlatform().name("end-of-day-resume").daemon().start(() -> {
            running.lock();
            try {
                EndOfDay.Result result = digested(endOfDay.resume());
                LOG.info("Resumed end of day: closed {} day(s) to {}, {} date-driven commands", result.days(),
                        result.to(), result.commands());
            } catch (RuntimeException e) {
                LOG.error("Resuming the end of day failed; close the date again to retry", e);
            } finally {
                running.unlock();
            }
        });
    }

    private static List<AgreementId> openAgreements(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT e.aggregate_identifier FROM domain_event_entry e"
                + " WHERE e.type = 'AgreementAggregate' AND e.sequence_number = 0 AND NOT EXISTS ("
                + " SELECT 1 FROM agreement_summary s WHERE s.agreement_id = CAST(e.aggregate_identifier AS uuid)"
                + " AND s.status IN (" + FINAL_STATES + ")) ORDER BY e.global_index", String.class)
                .stream().map(id -> new AgreementId(UUID.fromString(id))).toList();
    }

    /** Another end-of-day run is in progress on this node. */
    public static class EndOfDayRunningException extends RuntimeException {
        EndOfDayRunningException() {
            super("An end-of-day run is in progress; try again when it has finished.", null, false, false);
        }
    }
}
