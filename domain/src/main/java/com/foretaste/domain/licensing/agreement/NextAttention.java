package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementState.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * NextAttention: the first business date on which observing a date ({@link BusinessDateDecisions})
 * records something for an agreement in a given state, so that the end-of-day run visits only the
 * agreements whose date has come.
 * <ul>
 *   <li>a trial: the day after its last day (the trial ends);</li>
 *   <li>a pending decision: the day the window closes (the agreement lapses or converts);</li>
 *   <li>a trial, a pending decision, a release or a lapse owing a trial fee: also the fee's dates, as for
 *   an amount of a licence below, its default until recorded once ({@link TrialAccount});</li>
 *   <li>a licence in force, the earliest of: an amount's due date not yet recorded (or the backstop of
 *   a revenue-conditional one still waiting for revenue); the day after the due date of an amount
 *   unpaid and not yet recorded overdue; the day its days past due reach the start of the next bucket
 *   (buckets only move up, so none after the last); the day after the grace period (unless already
 *   in default: a default is recorded once); while credit is held, the due date of any amount due and
 *   not settled; the close of the first licence year not closed (with a minimum royalty only); and
 *   the term's end once everything is settled and every year closed (completion; possibly already
 *   past, and then due now);</li>
 *   <li>no other state: a proposal waits for the parties, final states (but a trial fee still owed) never
 *   change by date.</li>
 * </ul>
 * An amount ages until it is settled: arrears of interest alone (its principal paid or converted)
 * keep it past due, in its bucket and counting towards default. Late interest accrues lazily when
 * money moves; its accrual alone is never a reason for attention.
 * <p>
 * Every rule above holds from its date on and is judged on the state as it stands, which is how
 * {@link BusinessDateDecisions} judges the first fact it records. Hence the date is exact: observing
 * any date before it records nothing, observing it (or any later date) records at least one fact.
 */
final class NextAttention {

    private NextAttention() {
    }

    static Optional<LocalDate> of(AgreementState state, DelinquencyAgeing ageing) {
        Objects.requireNonNull(ageing, "ageing");
        return switch (state) {
            case Trial t -> earliest(Stream.of(t.trial().endExclusive()), account(t.offer().terms(), t.account(), ageing));
            case DecisionPending p -> earliest(Stream.of(p.window().endExclusive()),
                    account(p.offer().terms(), p.account(), ageing));
            case Licensed l -> licence(l.offer().terms(), l.licence(), ageing, true);
            case Defaulted d -> licence(d.offer().terms(), d.licence(), ageing, false);
            case Released r -> earliest(account(r.offer().terms(), r.account(), ageing));
            case Lapsed l -> earliest(account(l.offer().terms(), l.account(), ageing));
            case None n -> Optional.empty();
            case Proposed p -> Optional.empty();
            case Withdrawn w -> Optional.empty();
            case Terminated t -> Optional.empty();
            case Completed c -> Optional.empty();
        };
    }

    private static Optional<LocalDate> licence(Terms terms, Licence licence, DelinquencyAgeing ageing, boolean licensed) {
        return earliest(amounts(terms, licence.ledger(), ageing, licensed), yearClose(terms, licence),
                completion(terms, licence, licensed));
    }

    /** A trial fee owed before or without a licence: its dates, and its default until recorded. */
    private static Stream<LocalDate> account(Terms terms, TrialAccount account, DelinquencyAgeing ageing) {
        return amounts(terms, account.ledger(), ageing, account.defaulted() == null);
    }

    private static Stream<LocalDate> amounts(Terms terms, Ledger ledger, DelinquencyAgeing ageing, boolean mayDefault) {
        return Stream.concat(ledger.receivables().stream().flatMap(r -> amount(r, ageing, terms.gracePeriodDays(),
                mayDefault)), creditApplied(ledger));
    }

    @SafeVarargs
    private static Optional<LocalDate> earliest(Stream<LocalDate>... dates) {
        return Stream.of(dates).flatMap(d -> d).min(Comparator.naturalOrder());
    }

    /** The dates on which one amount falls due, becomes overdue, moves up a bucket or puts it in default. */
    private static Stream<LocalDate> amount(Receivable r, DelinquencyAgeing ageing, int graceDays, boolean mayDefault) {
        if (r.dueOn() == null) {
            return Stream.ofNullable(r.backstopOn());
        }
        Stream.Builder<LocalDate> dates = Stream.builder();
        if (!r.announced()) {
            dates.add(r.dueOn());
        }
        if (!r.isSettled()) {
            if (!r.overdue()) {
                dates.add(r.dueOn().plusDays(1));
            }
            ageing.nextBucketStart(r.bucket()).ifPresent(days -> dates.add(r.dueOn().plusDays(days)));
            if (mayDefault) {
                dates.add(r.dueOn().plusDays(graceDays + 1L));
            }
        }
        return dates.build();
    }

    /** Credit held goes to amounts due and not settled: from the earliest such due date. */
    private static Stream<LocalDate> creditApplied(Ledger ledger) {
        if (!ledger.credit().isPositive()) {
            return Stream.empty();
        }
        return ledger.receivables().stream().filter(r -> r.dueOn() != null && !r.isSettled()).map(Receivable::dueOn);
    }

    /** With a minimum annual royalty, the first licence year not yet closed closes on its anniversary (or the term's end). */
    private static Stream<LocalDate> yearClose(Terms terms, Licence licence) {
        RoyaltyTerms royalty = terms.price().royalty();
        if (royalty == null || royalty.minimumAnnualRoyalty() == null) {
            return Stream.empty();
        }
        for (int year = 1; year <= licence.licenceYears(); year++) {
            if (!licence.closedYears().contains(year)) {
                return Stream.of(licence.yearClose(year));
            }
        }
        return Stream.empty();
    }

    /** A licence in force, fully settled with every year closed, completes at the term's end. */
    private static Stream<LocalDate> completion(Terms terms, Licence licence, boolean licensed) {
        if (!licensed || !licence.ledger().fullySettled() || !licence.allYearsClosed(terms)) {
            return Stream.empty();
        }
        return Stream.of(licence.term().endExclusive());
    }
}
