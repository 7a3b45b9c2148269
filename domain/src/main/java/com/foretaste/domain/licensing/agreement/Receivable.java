package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One amount the licensee owes: its principal, when it falls due ({@code dueOn} is null while a
 * revenue-conditional instalment waits for first revenue or its {@code backstopOn}), what was paid or
 * converted into equity, the late interest charged on it up to {@code interestAccruedTo}, whether its
 * falling due and its being overdue were recorded, and its delinquency bucket.
 * Interest accrues per day past due on the outstanding principal (see {@link LateInterest}).
 */
public record Receivable(int number, ReceivableKind kind, Money amount, LocalDate dueOn, LocalDate backstopOn,
                         Money principalPaid, Money principalConverted, Money interestCharged, Money interestPaid,
                         LocalDate interestAccruedTo, boolean announced, boolean overdue, String bucket) {

    public Receivable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }

    public static Receivable due(int number, ReceivableKind kind, Money amount, LocalDate dueOn, LocalDate backstopOn) {
        Money zero = Money.zero(amount.currency());
        return new Receivable(number, kind, amount, dueOn, backstopOn, zero, zero, zero, zero, null, false, false, null);
    }

    /** What is owed of the amount's principal when it falls due: all of it but what was converted into equity. */
    public Money amountDue() {
        return amount.minus(principalConverted);
    }

    public Money outstandingPrincipal() {
        return amount.minus(principalPaid).minus(principalConverted);
    }

    public Money outstandingInterest() {
        return interestCharged.minus(interestPaid);
    }

    public boolean isDueBy(LocalDate date) {
        return dueOn != null && !dueOn.isAfter(date);
    }

    public boolean isSettled() {
        return outstandingPrincipal().isZero() && outstandingInterest().isZero();
    }

    /**
     * Days past due on {@code date}: zero while not yet due or once settled. Arrears of interest alone
     * (the principal paid or converted, its late interest not) keep the amount past due.
     */
    public long daysPastDue(LocalDate date) {
        if (dueOn == null || !date.isAfter(dueOn) || isSettled()) {
            return 0;
        }
        return ChronoUnit.DAYS.between(dueOn, date);
    }

    /** Charges late interest up to {@code date} on the principal outstanding since the last charge. */
    public Receivable accruedTo(LocalDate date, Rate dailyRate) {
        if (dueOn == null || !date.isAfter(dueOn)) {
            return this;
        }
        LocalDate from = interestAccruedTo == null || interestAccruedTo.isBefore(dueOn) ? dueOn : interestAccruedTo;
        if (!date.isAfter(from)) {
            return this;
        }
        Money interest = LateInterest.on(outstandingPrincipal(), dailyRate, ChronoUnit.DAYS.between(from, date));
        return new Receivable(number, kind, amount, dueOn, backstopOn, principalPaid, principalConverted,
                interestCharged.plus(interest), interestPaid, date, announced, overdue, bucket);
    }

    /** The amount has fallen due on {@code date} (for a revenue-conditional one, its due date is now set). */
    public Receivable fellDueOn(LocalDate date) {
        return new Receivable(number, kind, amount, date, backstopOn, principalPaid, principalConverted,
                interestCharged, interestPaid, interestAccruedTo, true, overdue, bucket);
    }

    /** Money applied to the amount; once settled it sits in no ageing bucket. */
    public Receivable paid(Money interest, Money principal) {
        return new Receivable(number, kind, amount, dueOn, backstopOn, principalPaid.plus(principal),
                principalConverted, interestCharged, interestPaid.plus(interest), interestAccruedTo, announced, overdue,
                bucket).leavingBucketIfSettled();
    }

    /** Principal converted into equity; its late interest stays owed. Once settled it sits in no ageing bucket. */
    public Receivable converted(Money principal) {
        return new Receivable(number, kind, amount, dueOn, backstopOn, principalPaid,
                principalConverted.plus(principal), interestCharged, interestPaid, interestAccruedTo, announced, overdue,
                bucket).leavingBucketIfSettled();
    }

    private Receivable leavingBucketIfSettled() {
        return isSettled() && bucket != null ? inBucket(null) : this;
    }

    public Receivable markedOverdue() {
        return new Receivable(number, kind, amount, dueOn, backstopOn, principalPaid, principalConverted,
                interestCharged, interestPaid, interestAccruedTo, announced, true, bucket);
    }

    public Receivable inBucket(String label) {
        return new Receivable(number, kind, amount, dueOn, backstopOn, principalPaid, principalConverted,
                interestCharged, interestPaid, interestAccruedTo, announced, overdue, label);
    }

    /** Interest up to {@code date} that is not yet charged, for reading the schedule between events. */
    public Money pendingInterest(LocalDate date, Rate dailyRate) {
        return accruedTo(date, dailyRate).interestCharged().minus(interestCharged);
    }
}
