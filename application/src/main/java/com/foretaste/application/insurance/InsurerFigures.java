package com.foretaste.application.insurance;

import com.foretaste.domain.insurance.policy.EarnedPremium;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An insurer's figures as every claims system keeps them (docs/domain/insurance.md, "Accounting"), up to
 * the business date, by month and in total, one set per currency: premium written (in the month a policy
 * became active), premium earned (day by day over the period, up to a cancellation; each month is the
 * difference of what was earned by its end and by its start, so the months add up exactly), reserves at
 * each month's end, indemnities paid, incurred (paid plus the change of reserves), the insurer's share
 * of recoveries, and the loss ratio (incurred over earned, four places; none while nothing is earned).
 */
public final class InsurerFigures {

    /** A policy that became active: its premium, period and, when cancelled, the day cover ended and what was kept. */
    public record PolicyFigures(Money premium, DateRange period, LocalDate activatedOn, LocalDate cancelledOn,
                                Money earnedAtCancellation) {
    }

    /** A movement of the claims figures: a change of reserve, an indemnity paid, or the insurer's share of a recovery. */
    public record Movement(String kind, LocalDate on, Money amount) {
    }

    public record Month(YearMonth month, Money written, Money earned, Money reservesAtEnd, Money paid, Money incurred,
                        Money recoveries, BigDecimal lossRatio) {
    }

    public record Totals(Currency currency, Money written, Money earned, Money reserves, Money paid, Money incurred,
                         Money recoveries, BigDecimal lossRatio, List<Month> months) {
    }

    public static final String RESERVE = "RESERVE";
    public static final String PAID = "PAID";
    public static final String RECOVERY = "RECOVERY";

    private InsurerFigures() {
    }

    public static List<Totals> of(List<PolicyFigures> policies, List<Movement> movements, LocalDate today) {
        TreeSet<String> currencies = new TreeSet<>();
        policies.forEach(p -> currencies.add(p.premium().currency().getCurrencyCode()));
        movements.forEach(m -> currencies.add(m.amount().currency().getCurrencyCode()));
        List<Totals> all = new ArrayList<>();
        for (String code : currencies) {
            Currency currency = Currency.getInstance(code);
            all.add(totals(currency, policies.stream().filter(p -> p.premium().hasCurrency(currency)).toList(),
                    movements.stream().filter(m -> m.amount().hasCurrency(currency)).toList(), today));
        }
        return all;
    }

    private static Totals totals(Currency currency, List<PolicyFigures> policies, List<Movement> movements, LocalDate today) {
        TreeSet<YearMonth> months = new TreeSet<>();
        policies.forEach(p -> months.addAll(span(p.activatedOn().isBefore(p.period().start()) ? p.activatedOn()
                : p.period().start(), earlier(coverEnd(p), today.plusDays(1)))));
        movements.forEach(m -> months.add(YearMonth.from(m.on())));
        months.removeIf(m -> m.isAfter(YearMonth.from(today)));
        Map<YearMonth, List<Movement>> byMonth = movements.stream().filter(m -> !m.on().isAfter(today))
                .collect(Collectors.groupingBy(m -> YearMonth.from(m.on()), TreeMap::new, Collectors.toList()));
        Money zero = Money.zero(currency);
        Money reserves = zero;
        List<Month> rows = new ArrayList<>();
        for (YearMonth month : months) {
            List<Movement> in = byMonth.getOrDefault(month, List.of());
            Money written = policies.stream().filter(p -> YearMonth.from(p.activatedOn()).equals(month))
                    .map(PolicyFigures::premium).reduce(zero, Money::plus);
            Money earned = policies.stream().map(p -> earnedBy(p, earlier(month.atEndOfMonth().plusDays(1), today))
                    .minus(earnedBy(p, earlier(month.atDay(1), today)))).reduce(zero, Money::plus);
            Money reserveChange = sum(in, RESERVE, zero);
            reserves = reserves.plus(reserveChange);
            Money paid = sum(in, PAID, zero);
            Money incurred = paid.plus(reserveChange);
            rows.add(new Month(month, written, earned, reserves, paid, incurred, sum(in, RECOVERY, zero), ratio(incurred, earned)));
        }
        Money written = rows.stream().map(Month::written).reduce(zero, Money::plus);
        Money earned = rows.stream().map(Month::earned).reduce(zero, Money::plus);
        Money paid = rows.stream().map(Month::paid).reduce(zero, Money::plus);
        Money recoveries = rows.stream().map(Month::recoveries).reduce(zero, Money::plus);
        Money incurred = paid.plus(reserves);
        return new Totals(currency, written, earned, reserves, paid, incurred, recoveries, ratio(incurred, earned), rows);
    }

    /** Premium earned by the start of {@code date}; a cancelled policy keeps what the cancellation said from that day. */
    static Money earnedBy(PolicyFigures p, LocalDate date) {
        if (p.cancelledOn() != null && !date.isBefore(p.cancelledOn())) {
            return p.earnedAtCancellation();
        }
        return EarnedPremium.before(p.premium(), p.period(), date);
    }

    private static LocalDate coverEnd(PolicyFigures p) {
        return p.cancelledOn() != null ? p.cancelledOn().plusDays(1) : p.period().endExclusive();
    }

    private static List<YearMonth> span(LocalDate from, LocalDate toExclusive) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(toExclusive.minusDays(1)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static Money sum(List<Movement> movements, String kind, Money zero) {
        return movements.stream().filter(m -> m.kind().equals(kind)).map(Movement::amount).reduce(zero, Money::plus);
    }

    private static BigDecimal ratio(Money incurred, Money earned) {
        return earned.isPositive() ? incurred.amount().divide(earned.amount(), 4, RoundingMode.HALF_EVEN) : null;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
