package com.foretaste.application.endofday;

import com.foretaste.application.calendar.PlatformCalendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The end-of-day run: closing to a date moves the business date there one day at a time. For each
 * day, each instrument in its fixed order visits the aggregates that need attention on that day, and
 * only those. An aggregate whose visit fails is recorded as a failure of the run and held; the run
 * and every other aggregate carry on. Progress is stored day by day, so a run cut short (a crash, a
 * node lost) resumes where it stopped; a visit repeated records nothing the second time.
 */
public final class EndOfDay {

    /** The date-driven work of one instrument, registered with the run. */
    public interface DateDrivenWork {
        String instrument();

        /** The aggregates whose next attention is on or before {@code day}, except those held. */
        List<String> due(LocalDate day);

        /** Sends the aggregate's date-driven command for {@code day}; whether it recorded anything. */
        boolean visit(String aggregateId, LocalDate day);
    }

    /** Where a run keeps its progress, its counts and its failures. */
    public interface RunLog {
        /**
         * Stores the day as closed: the business date moves to it, with the day's counts. False when the
         * day was closed already by another execution of the same run (its node was taken for dead but
         * went on): this execution then stops, and its counts are not added twice.
         */
        boolean dayClosed(UUID run, LocalDate day, Map<String, Counts> counts);

        void failed(UUID run, String instrument, String aggregateId, LocalDate day, String reason);

        void finished(UUID run);
    }

    /** Per instrument and day: aggregates visited, those whose visit recorded something, those that failed. */
    public record Counts(long visited, long changed, long failed) {
        public static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(visited + other.visited, changed + other.changed, failed + other.failed);
        }
    }

    /** The run stopped before its target because its node is shutting down; another node or a restart resumes it. */
    public static final class Interrupted extends RuntimeException {
        Interrupted(LocalDate day) {
            super("the end-of-day run stopped while closing " + day + "; it resumes on another node or after a restart",
                    null, false, false);
        }
    }

    /**
     * The platform, not the aggregate, failed during a visit (the database went away, a connection
     * could not be had): no aggregate is held for it; the run stops and is resumed when it is retried.
     */
    public static final class PlatformUnavailable extends RuntimeException {
        public PlatformUnavailable(String aggregateId, Throwable cause) {
            super("the platform failed while visiting " + aggregateId + "; the run resumes when retried", cause);
        }
    }

    /** The business date only moves forward: a date before it was closed already. */
    public static final class DateInThePastException extends RuntimeException {
        private final LocalDate businessDate;

        public DateInThePastException(LocalDate businessDate, LocalDate target) {
            super("the business date is " + businessDate + "; " + target + " lies before it and was closed already",
                    null, false, false);
            this.businessDate = businessDate;
        }

        public LocalDate businessDate() {
            return businessDate;
        }
    }

    private final PlatformCalendar calendar;
    private final List<DateDrivenWork> work;
    private final RunLog log;

    public EndOfDay(PlatformCalendar calendar, List<DateDrivenWork> work, RunLog log) {
        this.calendar = calendar;
        this.work = List.copyOf(work);
        this.log = log;
    }

    /** Closes the days after the business date up to {@code target}, from wherever an earlier attempt stopped. */
    public void run(UUID run, LocalDate target, BooleanSupplier stopRequested) {
        for (LocalDate day = calendar.today().plusDays(1); !day.isAfter(target); day = day.plusDays(1)) {
            Map<String, Counts> counts = new LinkedHashMap<>();
            for (DateDrivenWork instrument : work) {
                counts.put(instrument.instrument(), visitAll(run, instrument, day, stopRequested));
            }
            if (!log.dayClosed(run, day, counts)) {
                return;
            }
        }
        log.finished(run);
    }

    private Counts visitAll(UUID run, DateDrivenWork instrument, LocalDate day, BooleanSupplier stopRequested) {
        Counts counts = Counts.NONE;
        for (String aggregate : instrument.due(day)) {
            if (stopRequested.getAsBoolean()) {
                throw new Interrupted(day);
            }
            counts = counts.plus(visit(run, instrument, aggregate, day));
        }
        return counts;
    }

    private Counts visit(UUID run, DateDrivenWork instrument, String aggregate, LocalDate day) {
        try {
            return new Counts(1, instrument.visit(aggregate, day) ? 1 : 0, 0);
        } catch (PlatformUnavailable platform) {
            throw platform;
        } catch (RuntimeException firstAttempt) {
            try {
                // one more attempt: a concurrent change to the aggregate may have crossed the first
                return new Counts(1, instrument.visit(aggregate, day) ? 1 : 0, 0);
            } catch (PlatformUnavailable platform) {
                throw platform;
            } catch (RuntimeException failure) {
                log.failed(run, instrument.instrument(), aggregate, day, reason(failure));
                return new Counts(1, 0, 1);
            }
        }
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
