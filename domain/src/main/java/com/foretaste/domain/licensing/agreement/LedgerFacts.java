package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountOverdue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.CreditApplied;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DelinquencyBucketChanged;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts about the amounts of a ledger (a licence's, or a trial account's) that follow from a date,
 * recorded in the decision that comes to them first: an end of day, or a purchase, payment or swap on
 * the date itself. An amount falls due before any money or equity is applied to it, so what fell due is
 * never less than what was received for it; it is overdue the day after its due date and ages in the
 * buckets until settled, principal and interest; paid off, it leaves its bucket.
 */
final class LedgerFacts {

    private LedgerFacts() {
    }

    /** What the arrival of {@code date} means for the amounts owed: due, credit applied, overdue, older. */
    static void onDate(Decisions.Outcome o, AgreementId id, LocalDate date, DelinquencyAgeing ageing) {
        fallDue(o, id, date);
        Ledger ledger = ledger(o);
        if (ledger.credit().isPositive()) {
            List<Allocation> fromCredit = ledger.allocate(date, ledger.credit(), rate(o));
            if (!fromCredit.isEmpty()) {
                o.add(new CreditApplied(id, date, fromCredit));
                leaveBuckets(o, id, ledger, date);
            }
        }
        for (Receivable r : ledger(o).receivables()) {
            if (r.dueOn() != null && r.dueOn().isBefore(date) && !r.overdue() && !r.isSettled()) {
                o.add(new AmountOverdue(id, r.number(), r.dueOn().plusDays(1), r.outstandingPrincipal()));
            }
        }
        for (Receivable r : ledger(o).receivables()) {
            long daysPastDue = r.daysPastDue(date);
            ageing.bucketFor(daysPastDue)
                    .filter(bucket -> r.bucket() == null || ageing.rank(bucket) > ageing.rank(r.bucket()))
                    .ifPresent(bucket -> o.add(new DelinquencyBucketChanged(id, r.number(), r.bucket(), bucket,
                            daysPastDue, date)));
        }
    }

    /**
     * Records as fallen due every amount due by {@code date} not yet recorded (a revenue-conditional
     * one at its backstop), for what is owed of it: its principal less any part converted into equity.
     */
    static void fallDue(Decisions.Outcome o, AgreementId id, LocalDate date) {
        for (Receivable r : ledger(o).receivables()) {
            if (r.dueOn() == null && r.backstopOn() != null && !r.backstopOn().isAfter(date)) {
                o.add(new AmountFellDue(id, r.number(), r.backstopOn(), r.amountDue()));
            } else if (r.dueOn() != null && !r.announced() && !r.dueOn().isAfter(date)) {
                o.add(new AmountFellDue(id, r.number(), r.dueOn(), r.amountDue()));
            }
        }
    }

    /**
     * After money or equity was applied: every amount that sat in an ageing bucket in {@code before}
     * and is now settled leaves it ({@code toBucket} null), so that cures can be counted by bucket.
     */
    static void leaveBuckets(Decisions.Outcome o, AgreementId id, Ledger before, LocalDate date) {
        Ledger after = ledger(o);
        for (Receivable r : before.receivables()) {
            if (r.bucket() != null && after.get(r.number()).isSettled()) {
                o.add(new DelinquencyBucketChanged(id, r.number(), r.bucket(), null, r.daysPastDue(date), date));
            }
        }
    }

    /** The amounts past due on {@code date}, if any is past the grace period; empty otherwise. */
    static List<Receivable> pastGrace(Ledger ledger, LocalDate date, int graceDays) {
        List<Receivable> overdue = ledger.receivables().stream().filter(r -> r.daysPastDue(date) > 0).toList();
        return overdue.stream().anyMatch(r -> r.daysPastDue(date) > graceDays) ? overdue : List.of();
    }

    static Ledger ledger(Decisions.Outcome o) {
        return States.ledger(o.state());
    }

    static Rate rate(Decisions.Outcome o) {
        return States.offer(o.state()).terms().lateInterestDailyRate();
    }
}
