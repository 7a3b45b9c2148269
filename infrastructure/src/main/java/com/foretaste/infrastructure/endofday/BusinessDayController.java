package com.foretaste.infrastructure.endofday;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.CommandSender;
import com.foretaste.infrastructure.web.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The platform's business date, the operator's end-of-day runs, and the aggregates a run could not visit. */
@RestController
@RequestMapping("/api/business-days")
class BusinessDayController {

    @Schema(name = "BusinessDay")
    record Current(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate businessDate, LocalDate closingTo,
                   UUID runningRun) {
    }

    @Schema(name = "EndOfDayRun")
    record RunView(UUID id, String state, LocalDate from, LocalDate target, int datesDone, int datesTotal,
                   Map<String, EndOfDay.Counts> aggregates, List<FailureRecord> failures, String requestedBy,
                   String correlationId, Instant requestedAt, Instant finishedAt) {
    }

    record Resolution(String note) {
    }

    private final EndOfDayRuns runs;
    private final JdbcEndOfDayRuns stored;
    private final PlatformCalendar calendar;

    BusinessDayController(EndOfDayRuns runs, JdbcEndOfDayRuns stored, PlatformCalendar calendar) {
        this.runs = runs;
        this.stored = stored;
        this.calendar = calendar;
    }

    /**
     * Starts an end-of-day run that advances the business date to {@code date}, issuing the date-driven
     * commands of each day passed; answered 202 with the run, to be followed at its Location.
     */
    @PostMapping("/{date}/close")
    ResponseEntity<RunView> close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  HttpServletRequest request) {
        String correlation = CommandSender.correlationId(request).orElseGet(() -> UUID.randomUUID().toString());
        RunRecord run = runs.start(date, CurrentUser.require().getUsername(), correlation);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/business-days/runs/" + run.id()))
                .body(view(run));
    }

    @GetMapping("/runs/{id}")
    RunView run(@PathVariable UUID id) {
        return runs.find(id).map(this::view).orElseThrow(() -> new NotFoundException("No end-of-day run " + id + "."));
    }

    @GetMapping("/current")
    Current current() {
        Optional<UUID> running = stored.runningRun();
        return new Current(calendar.today(), running.flatMap(stored::find).map(RunRecord::target).orElse(null),
                running.orElse(null));
    }

    /** The aggregates runs could not visit, by state (OPEN: still held). */
    @GetMapping("/failures")
    List<FailureRecord> failures(@RequestParam(defaultValue = FailureRecord.OPEN) String state) {
        return stored.failuresIn(state);
    }

    @PostMapping("/failures/{id}/retry")
    FailureRecord retry(@PathVariable UUID id) {
        return runs.retry(id, CurrentUser.require().getUsername());
    }

    @PostMapping("/failures/{id}/resolution")
    FailureRecord resolve(@PathVariable UUID id, @RequestBody(required = false) Resolution body) {
        return runs.resolve(id, CurrentUser.require().getUsername(), body == null ? null : body.note());
    }

    private RunView view(RunRecord run) {
        return new RunView(run.id(), run.state(), run.from(), run.target(), run.datesDone(), run.datesTotal(),
                stored.counts(run.id()), stored.failuresOf(run.id()), run.requestedBy(), run.correlationId(),
                run.requestedAt(), run.finishedAt());
    }
}
