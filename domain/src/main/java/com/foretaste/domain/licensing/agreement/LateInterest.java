package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;

/**
 * Late interest: simple interest per day past due on the outstanding principal, at the agreed daily
 * rate, rounded HALF_EVEN to the minor unit once for each run of days with the same principal (a run
 * ends when a payment or conversion changes the principal). 100,000.00 overdue 10 days at 0.05% a
 * day is 500.00.
 */
public final class LateInterest {

    private LateInterest() {
    }

    public static Money on(Money principal, Rate dailyRate, long days) {
        if (days <= 0 || principal.isZero()) {
            return Money.zero(principal.currency());
        }
        return principal.times(dailyRate.value().multiply(BigDecimal.valueOf(days)));
    }
}
