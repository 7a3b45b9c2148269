package com.foretaste.infrastructure.licensing;

import com.foretaste.domain.licensing.agreement.Ledger;
import com.foretaste.domain.licensing.agreement.Receivable;
import com.foretaste.domain.licensing.agreement.ReceivableKind;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Every amount due under a licence (or, before or without one, the trial fee) as of a business date: when it falls due, what was paid or
 * converted, what is outstanding, days past due, ageing bucket, and late interest (charged by
 * recorded events plus what has accrued since, up to {@code asOf}).
 */
@Schema(name = "Schedule")
record ScheduleView(@Schema(requiredMode = REQUIRED) LocalDate asOf, @Schema(requiredMode = REQUIRED) List<Line> amounts,
                    @Schema(requiredMode = REQUIRED) Money principalOutstanding,
                    @Schema(requiredMode = REQUIRED) Money interestOutstanding,
                    @Schema(requiredMode = REQUIRED) Money overdue, @Schema(requiredMode = REQUIRED) Money credit) {

    /** One amount due: {@code dueOn} once known, else {@code dueAtLatestOn} (due on first revenue at the latest then). */
    @Schema(name = "ScheduleLine")
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
