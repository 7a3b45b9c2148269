package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Premium is earned day by day over the policy period: by the start of {@code date}, the days of the
 * period before it have been earned, {@code premium x days before date / days of the period},
 * HALF_EVEN to the minor unit. What is not earned when a policy is cancelled is refunded.
 */
public final class EarnedPremium {

    private EarnedPremium() {
    }

    /** Premium earned by the start of {@code date} (none before the period, all of it from its end). */
    public static Money before(Money premium, DateRange period, LocalDate date) {
        return over(premium, period, new DateRange(period.start(), clamp(date, period)));
    }

    /** Premium earned over the days of {@code window} that lie inside the period. */
    public static Money over(Money premium, DateRange period, DateRange window) {
        LocalDate from = clamp(window.start(), period);
        LocalDate to = clamp(window.endExclusive(), period);
        long days = to.isAfter(from) ? new DateRange(from, to).days() : 0;
        if (period.isEmpty() || days == 0) {
            return Money.zero(premium.currency());
        }
        BigDecimal earned = premium.amount().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(period.days()), premium.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        return new Money(earned, premium.currency());
    }

    private static LocalDate clamp(LocalDate date, DateRange period) {
        if (date.isBefore(period.start())) {
            return period.start();
        }
        return date.isAfter(period.endExclusive()) ? period.endExclusive() : date;
    }
}
