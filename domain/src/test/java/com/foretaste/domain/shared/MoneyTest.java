package com.foretaste.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static List<BigDecimal> weights(String... weights) {
        return java.util.Arrays.stream(weights).map(BigDecimal::new).toList();
    }

    @Test
    void an_amount_is_held_at_the_minor_unit_so_two_point_zero_equals_two_point_zero_zero() {
        Money twoPointZero = cny("2.0");

        assertThat(twoPointZero).isEqualTo(cny("2.00")).hasSameHashCodeAs(cny("2.00"));
        assertThat(twoPointZero.amount().scale()).isEqualTo(2);
        assertThat(twoPointZero).hasToString("CNY 2.00");
    }

    @Test
    void a_currency_without_decimals_is_held_without_decimals() {
        assertThat(Money.of("150", "JPY").amount()).isEqualByComparingTo("150").extracting(BigDecimal::scale).isEqualTo(0);
    }

    @Test
    void trailing_zeros_beyond_the_minor_unit_are_not_extra_precision() {
        assertThat(cny("2.000")).isEqualTo(cny("2.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.001", "0.005", "-1.999"})
    void more_decimals_than_the_currency_allows_are_refused_not_rounded(String amount) {
        assertThatThrownBy(() -> cny(amount))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("money-precision"))
                .hasMessageContaining(amount).hasMessageContaining("CNY");
    }

    @Test
    void a_yen_amount_with_decimals_is_refused() {
        assertThatThrownBy(() -> Money.of("1.5", "JPY"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("money-precision"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,000.00", "", "CNY 1"})
    void an_amount_that_is_not_a_decimal_is_refused(String amount) {
        assertThatThrownBy(() -> cny(amount))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("money-amount-decimal"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XYZ", "RMB", "cny", "YUAN"})
    void an_unknown_currency_code_is_refused(String code) {
        assertThatThrownBy(() -> Money.of("1.00", code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("currency-iso-4217"));
    }

    @Test
    void a_code_that_is_no_currency_of_payment_is_refused() {
        assertThatThrownBy(() -> Money.of("1", "XXX"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("currency-has-minor-unit"));
    }

    @Test
    void amounts_of_one_currency_add_and_subtract_exactly() {
        assertThat(cny("0.10").plus(cny("0.20"))).isEqualTo(cny("0.30"));
        assertThat(cny("0.10").minus(cny("0.30"))).isEqualTo(cny("-0.20"));
    }

    @Test
    void arithmetic_across_currencies_throws() {
        Money yuan = cny("1.00");
        Money dollar = Money.of("1.00", "USD");

        assertThatThrownBy(() -> yuan.plus(dollar)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("CNY").hasMessageContaining("USD");
        assertThatThrownBy(() -> yuan.minus(dollar)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> yuan.compareTo(dollar))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> assertThat(e.rule()).isEqualTo("single-currency"));
    }

    @Test
    void times_rounds_half_even_to_the_minor_unit() {
        // 10.05 x 0.5 = 5.025: halfway, the even neighbour 5.02 wins (HALF_UP would give 5.03)
        assertThat(cny("10.05").times(new BigDecimal("0.5"))).isEqualTo(cny("5.02"));
        // 10.15 x 0.5 = 5.075: halfway, the even neighbour 5.08 wins
        assertThat(cny("10.15").times(new BigDecimal("0.5"))).isEqualTo(cny("5.08"));
        // 100.00 x 0.03333 = 3.333: not halfway, rounds to the nearest, 3.33
        assertThat(cny("100.00").times(new BigDecimal("0.03333"))).isEqualTo(cny("3.33"));
        // -10.05 x 0.5 = -5.025: halfway, -5.02
        assertThat(cny("-10.05").times(new BigDecimal("0.5"))).isEqualTo(cny("-5.02"));
    }

    @Test
    void splitting_one_hundred_in_three_gives_the_remainder_to_the_last_part() {
        assertThat(cny("100.00").split(3)).containsExactly(cny("33.33"), cny("33.33"), cny("33.34"));
    }

    @Test
    void splitting_in_one_part_gives_the_whole() {
        assertThat(cny("99.99").split(1)).containsExactly(cny("99.99"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void splitting_in_no_parts_is_refused(int parts) {
        assertThatThrownBy(() -> cny("100.00").split(parts))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("split-parts-positive"));
    }

    @Test
    void allocating_by_weights_shares_pro_rata() {
        assertThat(cny("100.00").allocate(weights("1", "2", "1")))
                .containsExactly(cny("25.00"), cny("50.00"), cny("25.00"));
        assertThat(cny("1000.00").allocate(weights("0.5", "0.3", "0.2")))
                .containsExactly(cny("500.00"), cny("300.00"), cny("200.00"));
    }

    @Test
    void allocating_gives_the_remainder_to_the_last_part_with_a_positive_weight() {
        assertThat(cny("100.00").allocate(weights("1", "1", "1", "0")))
                .containsExactly(cny("33.33"), cny("33.33"), cny("33.34"), cny("0.00"));
    }

    @Test
    void allocating_rounds_each_share_half_even() {
        // 0.10 x 1/4 = 0.025 rounds to 0.02; 0.10 x 2/4 = 0.05; the last takes 0.10 - 0.07 = 0.03
        assertThat(cny("0.10").allocate(weights("1", "2", "1")))
                .containsExactly(cny("0.02"), cny("0.05"), cny("0.03"));
    }

    @Test
    void allocating_keeps_the_currency() {
        Money dollars = Money.of("10.00", "USD");

        assertThat(dollars.allocate(weights("1", "3"))).allSatisfy(part -> assertThat(part.currency()).isEqualTo(dollars.currency()));
    }

    @Test
    void allocating_needs_non_negative_weights_with_a_positive_total() {
        for (List<BigDecimal> bad : List.of(weights(), weights("0", "0"), weights("2", "-1"))) {
            assertThatThrownBy(() -> cny("100.00").allocate(bad))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("allocation-weights"));
        }
    }
    @Test
    void no_part_of_a_positive_amount_is_negative() {
        assertThat(cny("0.03").split(5)).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
        assertThat(cny("0.60").split(40)).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
        assertThat(cny("0.02").allocate(weights("2", "2", "2", "1")))
                .allSatisfy(part -> assertThat(part.isNegative()).isFalse());
    }

    @Test
    void sign_tests_follow_the_amount() {
        assertThat(Money.zero(Money.CNY)).isEqualTo(cny("0")).matches(Money::isZero);
        assertThat(cny("-0.01")).matches(Money::isNegative).matches(m -> !m.isPositive());
        assertThat(cny("0.01")).matches(Money::isPositive).matches(m -> !m.isNegative() && !m.isZero());
    }
}
