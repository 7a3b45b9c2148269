package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the licensee owes under a licence: every amount due, and any credit from overpayment.
 * Payments and credit go oldest due first, each amount's late interest before its principal
 * ({@code OldestDueFirstAllocation}); equity conversions reduce principal latest due first.
 */
public record Ledger(List<Receivable> receivables, Money credit) {

    private static final Comparator<Receivable> OLDEST_DUE_FIRST =
            Comparator.comparing(Receivable::dueOn).thenComparingInt(Receivable::number);
    private static final Comparator<Receivable> LATEST_DUE_FIRST = Comparator
            .comparing((Receivable r) -> r.dueOn() != null ? r.dueOn() : r.backstopOn()).reversed()
            .thenComparing(Comparator.comparingInt(Receivable::number).reversed());

    public Ledger {
        receivables = List.copyOf(receivables);
    }

    public static Ledger open(List<ScheduledAmount> schedule, Money zero) {
        return new Ledger(schedule.stream().map(ScheduledAmount::toReceivable).toList(), zero);
    }

    public Receivable get(int number) {
        return receivables.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no amount due number " + number));
    }

    public int nextNumber() {
        return receivables.stream().mapToInt(Receivable::number).max().orElse(0) + 1;
    }

    public Ledger with(Receivable changed) {
        return new Ledger(receivables.stream().map(r -> r.number() == changed.number() ? changed : r).toList(), credit);
    }

    public Ledger update(int number, UnaryOperator<Receivable> change) {
        return with(change.apply(get(number)));
    }

    public Ledger adding(ScheduledAmount amount) {
        List<Receivable> more = new ArrayList<>(receivables);
        more.add(amount.toReceivable());
        return new Ledger(more, credit);
    }

    public Ledger withCredit(Money newCredit) {
        return new Ledger(receivables, newCredit);
    }

    public Ledger accruedTo(LocalDate date, Rate dailyRate) {
        return new Ledger(receivables.stream().map(r -> r.accruedTo(date, dailyRate)).toList(), credit);
    }

    /** The amounts due by {@code date} that are not settled, oldest due first. */
    public List<Receivable> unsettledDueBy(LocalDate date) {
        return receivables.stream().filter(r -> r.isDueBy(date) && !r.isSettled()).sorted(OLDEST_DUE_FIRST).toList();
    }

    public boolean nothingDueBy(LocalDate date, Rate dailyRate) {
        return accruedTo(date, dailyRate).unsettledDueBy(date).isEmpty();
    }

    public boolean fullySettled() {
        return receivables.stream().allMatch(Receivable::isSettled);
    }

    public Money principalOutstanding() {
        return receivables.stream().map(Receivable::outstandingPrincipal).reduce(Money.zero(credit.currency()), Money::plus);
    }

    /**
     * Spreads {@code amount} over what is due by {@code date}, oldest due first, each amount's
     * interest (charged up to that date) before its principal. What the allocations leave of
     * {@code amount} is an overpayment.
     */
    public List<Allocation> allocate(LocalDate date, Money amount, Rate dailyRate) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = amount;
        for (Receivable r : accruedTo(date, dailyRate).unsettledDueBy(date)) {
            Money interest = min(left, r.outstandingInterest());
            left = left.minus(interest);
            Money principal = min(left, r.outstandingPrincipal());
            left = left.minus(principal);
            if (interest.isPositive() || principal.isPositive()) {
                allocations.add(new Allocation(r.number(), interest, principal));
            }
        }
        return List.copyOf(allocations);
    }

    /**
     * Applies allocations made on {@code date}, each after charging its amount's interest up to that
     * date; the interest runs of amounts the allocations leave alone go on unbroken.
     */
    public Ledger applying(LocalDate date, List<Allocation> allocations, Rate dailyRate) {
        Ledger ledger = this;
        for (Allocation a : allocations) {
            ledger = ledger.update(a.receivable(), r -> r.accruedTo(date, dailyRate).paid(a.interest(), a.principal()));
        }
        return ledger;
    }

    /** Principal reductions for an equity conversion, latest due first (revenue-conditional by backstop). */
    public List<Allocation> conversion(Money amount) {
        List<Allocation> reductions = new ArrayList<>();
        Money left = amount;
        for (Receivable r : receivables.stream().filter(r -> r.outstandingPrincipal().isPositive())
                .sorted(LATEST_DUE_FIRST).toList()) {
            Money principal = min(left, r.outstandingPrincipal());
            left = left.minus(principal);
            if (principal.isPositive()) {
                reductions.add(new Allocation(r.number(), Money.zero(amount.currency()), principal));
            }
        }
        return List.copyOf(reductions);
    }

    public Ledger converting(LocalDate date, List<Allocation> reductions, Rate dailyRate) {
        Ledger ledger = this;
        for (Allocation a : reductions) {
            ledger = ledger.update(a.receivable(), r -> r.accruedTo(date, dailyRate).converted(a.principal()));
        }
        return ledger;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
