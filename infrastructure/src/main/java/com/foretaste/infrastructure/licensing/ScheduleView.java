package com.foretaste.infrastructure.licensing;

import com.foretaste.domain.licensing.agreement.Ledger;
import com.foretaste.domain.licensing.agreement.Receivable;
import com.foretaste.domain.licensing.agreement.ReceivableKind;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every amount due under a licence (or, before or without one, the trial fee) as of a business date: when it falls due, what was paid or
 * converted, what is outstanding, days past due, ageing bucket, and late interest (charged by
 * recorded events plus what has accrued since, up to {@code asOf}).
 */
record ScheduleView(LocalDate asOf, List<Line> amounts, Money principalOutstanding, Money interestOutstanding,
                    Money overdue, Money credit) {

    record Line(int number, ReceivableKind kind, Money amount, LocalDate dueOn, LocalDate dueAtLatestOn,
                Money principalPaid, Money principalConverted, Money principalOutstanding, Money interest,
                Money interestPaid, Money interestOutstanding, long daysPastDue, String bucket) {
    }

    static ScheduleView of(Ledger ledger, Rate dailyRate, LocalDate asOf) {
        List<Line> lines = ledger.receivables().stream()
                .map(r -> line(r.accruedTo(asOf, dailyRate), asOf))
                .sorted(Comparator.comparing((Line l) -> l.dueOn() != null ? l.dueOn() : l.dueAtLatestOn())
                        .thenComparingInt(Line::number))
                .toList();
        Money zero = Money.zero(ledger.credit().currency());
        return new ScheduleView(asOf, lines,
                lines.stream().map(Line::principalOutstanding).reduce(zero, Money::plus),
                lines.stream().map(Line::interestOutstanding).reduce(zero, Money::plus),
                lines.stream().filter(l -> l.daysPastDue() > 0)
                        .map(l -> l.principalOutstanding().plus(l.interestOutstanding())).reduce(zero, Money::plus),
                ledger.credit());
    }

    private static Line line(Receivable r, LocalDate asOf) {
        return new Line(r.number(), r.kind(), r.amount(), r.dueOn(), r.dueOn() == null ? r.backstopOn() : null,
                r.principalPaid(), r.principalConverted(), r.outstandingPrincipal(), r.interestCharged(),
                r.interestPaid(), r.outstandingInterest(), r.daysPastDue(asOf), r.bucket());
    }
}
