package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;

/**
 * Something a party does on a day of a generated agreement life ({@code day} counts from the
 * proposal), made into commands for the state of that day; a command the rules refuse is just not
 * lived. {@code cents} sizes payments, net sales, swaps and extensions.
 */
record LifeAct(int day, Kind kind, long cents, List<Integer> applyTo) {

    enum Kind {
        ACCEPT, WITHDRAW, EXTEND, PURCHASE, WALK_AWAY, PAY, PAY_ALL_DUE, OVERPAY, REPORT, REPORT_LATE, SWAP,
        CONVERT_OVERDUE, TERMINATE, END_BY_CONSENT
    }

    List<AgreementCommand> commands(AgreementState state, LocalDate date) {
        String reference = "TX-" + date + "-" + cents;
        return switch (kind) {
            case ACCEPT -> List.of(acceptBy(licensee()));
            case WITHDRAW -> List.of(withdrawBy(licensor(), "the patent is being re-examined"));
            case EXTEND -> List.of(extendBy(licensor(), 1 + (int) (cents % 6)));
            case PURCHASE -> List.of(purchaseBy(licensee()));
            case WALK_AWAY -> List.of(walkAwayBy(licensee()));
            case PAY -> List.of(payment(reference, amount(cents)));
            case PAY_ALL_DUE -> dueBy(state, date).map(due -> List.<AgreementCommand>of(payment(reference, amount(due))))
                    .orElse(List.of());
            case OVERPAY -> List.of(payment(reference, amount(dueBy(state, date).orElse(0L) + cents)));
            case REPORT -> report(state, date, false).map(List::of).orElse(List.of());
            case REPORT_LATE -> report(state, date, true).map(List::of).orElse(List.of());
            case SWAP -> List.of(proposeSwap("S-" + date, Math.max(1, cents / 100), "1.00", 1_000_000_000L,
                    applyTo.toArray(Integer[]::new)), acceptSwap("S-" + date));
            case CONVERT_OVERDUE -> convertOverdue(state, date);
            case TERMINATE -> List.of(terminateBy(licensor()));
            case END_BY_CONSENT -> List.of(agreeTerminationBy(licensor()), agreeTerminationBy(licensee()));
        };
    }

    /** Cents of principal and interest due by {@code date} and unpaid, when there are any. */
    private static Optional<Long> dueBy(AgreementState state, LocalDate date) {
        Ledger owed = States.ledger(state);
        if (owed == null) {
            return Optional.empty();
        }
        Ledger ledger = owed.accruedTo(date, States.offer(state).terms().lateInterestDailyRate());
        long cents = ledger.unsettledDueBy(date).stream()
                .map(r -> r.outstandingPrincipal().plus(r.outstandingInterest()))
                .mapToLong(m -> m.amount().movePointRight(2).longValueExact()).sum();
        return cents > 0 ? Optional.of(cents) : Optional.empty();
    }

    /**
     * Net sales from the end of the last period reported (or the licence start) through {@code date}; or,
     * {@code late}, only to the end of the licence year that period begins in, once that year has closed.
     */
    private Optional<AgreementCommand> report(AgreementState state, LocalDate date, boolean late) {
        Licence licence = States.licence(state);
        if (licence == null) {
            return Optional.empty();
        }
        LocalDate from = licence.royalties().stream().map(r -> r.period().endExclusive())
                .max(LocalDate::compareTo).orElse(licence.term().start());
        LocalDate to = date.plusDays(1).isAfter(licence.term().endExclusive()) ? licence.term().endExclusive() : date.plusDays(1);
        int year = MinimumRoyalty.yearOf(licence, from);
        if (late && !licence.closedYears().contains(year)) {
            return Optional.empty();
        }
        to = late && licence.yearClose(year).isBefore(to) ? licence.yearClose(year) : to;
        if (!from.isBefore(to)) {
            return Optional.empty();
        }
        return Optional.of(new AgreementCommand.ReportRoyalty(agreementId(), licensee(), new DateRange(from, to),
                new Money(BigDecimal.valueOf(cents % 3 == 0 ? 0 : cents * 5, 2), Money.CNY)));
    }

    /** Converts into equity all principal of the amounts past due, leaving their late interest owed. */
    private static List<AgreementCommand> convertOverdue(AgreementState state, LocalDate date) {
        Licence licence = States.licence(state);
        if (licence == null) {
            return List.of();
        }
        List<Receivable> pastDue = licence.ledger().receivables().stream()
                .filter(r -> r.daysPastDue(date) > 0 && r.outstandingPrincipal().isPositive()).toList();
        long cents = pastDue.stream().mapToLong(r -> r.outstandingPrincipal().amount().movePointRight(2).longValueExact()).sum();
        if (cents == 0) {
            return List.of();
        }
        String swapId = "C-" + date;
        return List.of(proposeSwap(swapId, cents, "0.01", cents * 10, pastDue.stream().map(Receivable::number)
                .toArray(Integer[]::new)), acceptSwap(swapId));
    }

    private static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
