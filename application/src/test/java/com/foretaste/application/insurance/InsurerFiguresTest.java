package com.foretaste.application.insurance;

import com.foretaste.application.insurance.InsurerFigures.Movement;
import com.foretaste.application.insurance.InsurerFigures.PolicyFigures;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 12,000.00 of premium over 2026 (365 days), active from 2026-01-10; a reserve of 100.00 set in May, paid
 * in June, 30.00 recovered in July; figures as of 2026-07-15.
 */
class InsurerFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    private final InsurerFigures.Totals totals = InsurerFigures.of(
            List.of(new PolicyFigures(cny("12000.00"), new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                    LocalDate.of(2026, 1, 10), null, null)),
            List.of(new Movement(InsurerFigures.RESERVE, LocalDate.of(2026, 5, 20), cny("100.00")),
                    new Movement(InsurerFigures.PAID, LocalDate.of(2026, 6, 3), cny("100.00")),
                    new Movement(InsurerFigures.RESERVE, LocalDate.of(2026, 6, 3), cny("-100.00")),
                    new Movement(InsurerFigures.RECOVERY, LocalDate.of(2026, 7, 1), cny("30.00"))), TODAY).get(0);

    @Test
    void premium_is_written_when_the_policy_becomes_active_and_earned_day_by_day_up_to_the_business_date() {
        assertThat(totals.written()).isEqualTo(cny("12000.00"));
        // 195 days (January to June and July 1-14) of 365: 6,410.958... -> 6,410.96
        assertThat(totals.earned()).isEqualTo(cny("6410.96"));
        assertThat(totals.months()).extracting(InsurerFigures.Month::month)
                .containsExactly(months(1, 2, 3, 4, 5, 6, 7));
        // January: 31 days = 1,019.178... -> 1,019.18; the months add up to the total exactly
        assertThat(totals.months().get(0).earned()).isEqualTo(cny("1019.18"));
        assertThat(totals.months().stream().map(InsurerFigures.Month::earned).reduce(cny("0.00"), Money::plus))
                .isEqualTo(totals.earned());
    }

    @Test
    void reserves_move_to_paid_and_incurred_is_paid_plus_reserves_over_earned_premium() {
        assertThat(totals.months().get(4).reservesAtEnd()).isEqualTo(cny("100.00"));
        assertThat(totals.months().get(4).incurred()).isEqualTo(cny("100.00"));
        assertThat(totals.months().get(5).reservesAtEnd()).isEqualTo(cny("0.00"));
        assertThat(totals.months().get(5).paid()).isEqualTo(cny("100.00"));
        assertThat(totals.months().get(5).incurred()).isEqualTo(cny("0.00"));
        assertThat(totals.reserves()).isEqualTo(cny("0.00"));
        assertThat(totals.paid()).isEqualTo(cny("100.00"));
        assertThat(totals.incurred()).isEqualTo(cny("100.00"));
        assertThat(totals.recoveries()).isEqualTo(cny("30.00"));
        // 100.00 / 6,410.96 = 0.015598... -> 0.0156
        assertThat(totals.lossRatio()).isEqualByComparingTo(new BigDecimal("0.0156"));
    }

    @Test
    void a_cancelled_policy_earns_what_its_cancellation_kept_from_that_day() {
        PolicyFigures cancelled = new PolicyFigures(cny("12000.00"), new DateRange(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1)), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 11), cny("3287.67"));
        InsurerFigures.Totals t = InsurerFigures.of(List.of(cancelled), List.of(), TODAY).get(0);
        assertThat(t.earned()).isEqualTo(cny("3287.67"));
        assertThat(t.months()).hasSize(4);
    }

    private static YearMonth[] months(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(m -> YearMonth.of(2026, m)).toArray(YearMonth[]::new);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
