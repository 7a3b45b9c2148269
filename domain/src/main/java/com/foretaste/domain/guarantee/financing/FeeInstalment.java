package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One instalment of the guarantee fee: the fee of one year of the term (the last one pro rata), due on
 * {@code dueOn}. The fee of a period is cap x annual rate x days / 365, HALF_EVEN; the instalments add up to the
 * whole fee because the whole fee is their sum. The first is due 30 days after approval (paying it issues the
 * guarantee), each later one on its year's first day.
 */
public record FeeInstalment(int number, DateRange period, LocalDate dueOn, Money amount) {

    public static final int FIRST_DUE_DAYS = 30;
    private static final BigDecimal YEAR_DAYS = BigDecimal.valueOf(365);

    public static List<FeeInstalment> schedule(GuaranteeTerms terms, LocalDate approvedOn) {
        List<FeeInstalment> fee = new ArrayList<>();
        DateRange term = terms.term();
        LocalDate start = term.start();
        for (int n = 1; start.isBefore(term.endExclusive()); n++) {
            LocalDate end = term.start().plusYears(n);
            DateRange period = new DateRange(start, end.isBefore(term.endExclusive()) ? end : term.endExclusive());
            Money amount = feeOf(terms.cap(), terms.annualFeeRate().value(), period.days());
            fee.add(new FeeInstalment(n, period, n == 1 ? approvedOn.plusDays(FIRST_DUE_DAYS) : period.start(), amount));
            start = period.endExclusive();
        }
        return List.copyOf(fee);
    }

    /** cap x rate x days / 365, rounded once, HALF_EVEN to the minor unit. */
    static Money feeOf(Money cap, BigDecimal rate, long days) {
        BigDecimal exact = cap.amount().multiply(rate).multiply(BigDecimal.valueOf(days));
        return new Money(exact.divide(YEAR_DAYS, cap.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                cap.currency());
    }
}
