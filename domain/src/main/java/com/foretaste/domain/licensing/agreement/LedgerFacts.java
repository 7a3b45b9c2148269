package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.DelinquencyBucketChanged;
import com.foretaste.domain.shared.AgreementId;

import java.time.LocalDate;

/**
 * Facts about the amounts of a ledger that follow from a date, recorded in the decision that comes to
 * them first: an end of day, or a purchase, payment or swap on the date itself. An amount falls due
 * before any money or equity is applied to it, so what fell due is never less than what was received.
 */
final class LedgerFacts {

    private LedgerFacts() {
    }

    /**
     * Records as fallen due every amount due by {@code date} not yet recorded (a revenue-conditional
     * one at its backstop), for what is owed of it: its principal less any part converted into equity.
     */
    static void fallDue(Decisions.Outcome o, AgreementId id, LocalDate date) {
        for (Receivable r : States.licence(o.state()).ledger().receivables()) {
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
        Ledger after = States.licence(o.state()).ledger();
        for (Receivable r : before.receivables()) {
            if (r.bucket() != null && after.get(r.number()).isSettled()) {
                o.add(new DelinquencyBucketChanged(id, r.number(), r.bucket(), null, r.daysPastDue(date), date));
            }
        }
    }
}
