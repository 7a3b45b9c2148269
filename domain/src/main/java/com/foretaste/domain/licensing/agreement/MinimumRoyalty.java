package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * MinimumRoyalty: each licence year owes at least the minimum annual royalty, pro rata to its days
 * (HALF_EVEN) when the end of the term cuts it short. A report belongs to the year its period begins
 * in. At the year's close the royalties reported for it are topped up to the minimum; a report that
 * comes after the close is reduced by what is left of that top-up (never below zero), so the year is
 * paid once: in all, the greater of the minimum and the royalties on its sales.
 */
final class MinimumRoyalty {

    private MinimumRoyalty() {
    }

    /** The licence year (1, 2, ...) that {@code date} falls in. */
    static int yearOf(Licence licence, LocalDate date) {
        int year = 1;
        while (!date.isBefore(licence.yearEnd(year))) {
            year++;
        }
        return year;
    }

    /** The minimum owed for licence year {@code year}: the whole minimum, or pro rata to a short last year's days. */
    static Money forYear(Money minimum, Licence licence, int year) {
        LocalDate from = licence.yearEnd(year - 1);
        LocalDate to = licence.yearClose(year);
        LocalDate fullEnd = licence.yearEnd(year);
        if (to.equals(fullEnd)) {
            return minimum;
        }
        BigDecimal share = minimum.amount().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, fullEnd)),
                        minimum.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        return new Money(share, minimum.currency());
    }

    /** The royalties of every report so far whose period began in licence year {@code year}. */
    static Money reported(Licence licence, int year, Money zero) {
        LocalDate from = licence.yearEnd(year - 1);
        LocalDate to = licence.yearClose(year);
        return licence.royalties().stream()
                .filter(r -> !r.period().start().isBefore(from) && r.period().start().isBefore(to))
                .map(RoyaltyReport::royalty).reduce(zero, Money::plus);
    }

    /** The minimum less the royalties reported for the year: the top-up at its close when positive. */
    static Money shortfall(Money minimum, Licence licence, int year) {
        return forYear(minimum, licence, year).minus(reported(licence, year, Money.zero(minimum.currency())));
    }

    /**
     * The part of {@code royalty}, reported for a period beginning on {@code periodStart}, that the
     * minimum-royalty top-up of its year already charged: zero unless that year is closed with a top-up
     * left, at most the royalty.
     */
    static Money offsetOfLateReport(Terms terms, Licence licence, LocalDate periodStart, Money royalty) {
        RoyaltyTerms royaltyTerms = terms.price().royalty();
        Money zero = Money.zero(royalty.currency());
        int year = yearOf(licence, periodStart);
        if (royaltyTerms == null || royaltyTerms.minimumAnnualRoyalty() == null || !licence.closedYears().contains(year)) {
            return zero;
        }
        Money topUpLeft = shortfall(royaltyTerms.minimumAnnualRoyalty(), licence, year);
        if (!topUpLeft.isPositive()) {
            return zero;
        }
        return topUpLeft.compareTo(royalty) < 0 ? topUpLeft : royalty;
    }
}
