package com.foretaste.application.endofday;

import com.foretaste.application.calendar.BusinessDateStore;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.domain.shared.AgreementId;

import java.time.LocalDate;
import java.util.List;

/**
 * The operator's end-of-day run: closing to a date moves the business date there one day at a time,
 * and for each day issues every agreement's date-driven command before the date moves on. The
 * target is recorded first, so a run cut short (a crash, a restart) resumes where it stopped; a day
 * observed twice records nothing the second time, so nothing is skipped or repeated.
 */
public final class EndOfDay {

    /** Which agreements may still have date-driven events. */
    public interface OpenAgreements {
        List<AgreementId> all();
    }

    /** Issues the date-driven command of one agreement for one date and waits for it. */
    public interface DateDrivenCommands {
        void observe(AgreementId agreement, LocalDate date);
    }

    public record Result(LocalDate from, LocalDate to, int days, long commands) {
    }

    /** The business date only moves forward: a date before it was closed already. */
    public static final class DateInThePastException extends RuntimeException {
        private final LocalDate businessDate;

        DateInThePastException(LocalDate businessDate, LocalDate target) {
            super("the business date is " + businessDate + "; " + target + " lies before it and was closed already",
                    null, false, false);
            this.businessDate = businessDate;
        }

        public LocalDate businessDate() {
            return businessDate;
        }
    }

    private final PlatformCalendar calendar;
    private final BusinessDateStore store;
    private final OpenAgreements agreements;
    private final DateDrivenCommands commands;

    public EndOfDay(PlatformCalendar calendar, BusinessDateStore store, OpenAgreements agreements,
                    DateDrivenCommands commands) {
        this.calendar = calendar;
        this.store = store;
        this.agreements = agreements;
        this.commands = commands;
    }

    /** Closes business days up to {@code target}; closing the current date again does nothing. */
    public Result closeTo(LocalDate target) {
        LocalDate from = calendar.today();
        if (target.isBefore(from)) {
            throw new DateInThePastException(from, target);
        }
        store.setClosingTo(target);
        return run(from, target);
    }

    /** Finishes a run that was cut short, if there is one. */
    public Result resume() {
        LocalDate from = calendar.today();
        return store.closingTo().map(target -> run(from, target)).orElse(new Result(from, from, 0, 0));
    }

    private Result run(LocalDate from, LocalDate target) {
        long issued = 0;
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(target); day = day.plusDays(1)) {
            for (AgreementId agreement : agreements.all()) {
                commands.observe(agreement, day);
                issued++;
            }
            store.advanceTo(day);
            days++;
        }
        store.clearClosingTo();
        return new Result(from, target, days, issued);
    }
}
