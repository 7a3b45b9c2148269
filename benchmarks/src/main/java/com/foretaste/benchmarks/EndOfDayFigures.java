package com.foretaste.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * One end-of-day run as measured. The run's own counts per instrument (aggregates visited, of which
 * changed or failed) stand next to counts taken independently from the store: the date-driven
 * commands recorded as processed, and the aggregates (and aggregate-days) that received events.
 */
record EndOfDayFigures(String state, int days, int agreements, List<Instrument> instruments, Duration wall,
                       Duration untilQuiet) {

    record Instrument(String type, long visited, long changed, long failed, long commandsProcessed,
                      long aggregateDaysWithEvents, long aggregatesWithEvents, long events) {
    }

    long visited() {
        return instruments.stream().mapToLong(Instrument::visited).sum();
    }

    /** Visits whose command recorded nothing: what loading an aggregate with nothing due would cost. */
    long visitsWithNothingDue() {
        return instruments.stream().mapToLong(i -> i.visited() - i.changed()).sum();
    }

    long events() {
        return instruments.stream().mapToLong(Instrument::events).sum();
    }

    /** Date-driven events appended per second of the run (request to finish). */
    double eventsPerSecond() {
        return wall.isZero() ? 0 : events() * 1e9 / wall.toNanos();
    }

    /** What a run that visits every agreement every day would load. */
    long visitsOfEveryAgreementEveryDay() {
        return (long) agreements * days;
    }
}
