package com.foretaste.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateTest {

    @Test
    void a_rate_is_exact_so_trailing_zeros_do_not_make_another_rate() {
        assertThat(Rate.of("0.80")).isEqualTo(Rate.of("0.8")).hasSameHashCodeAs(Rate.of("0.8"));
        assertThat(Rate.of("0.80")).hasToString("0.8");
    }

    @Test
    void a_whole_rate_is_written_without_an_exponent() {
        assertThat(Rate.of("100")).hasToString("100").isEqualTo(new Rate(new BigDecimal("1E+2")));
        assertThat(Rate.of("0.000")).isEqualTo(Rate.ZERO).hasToString("0");
    }

    @Test
    void a_negative_rate_is_refused() {
        assertThatThrownBy(() -> Rate.of("-0.01"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("rate-non-negative"))
                .hasMessageContaining("-0.01");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"80%", "zero", "0,8"})
    void a_rate_that_is_not_a_decimal_is_refused(String text) {
        assertThatThrownBy(() -> Rate.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("rate-decimal"));
    }

    @Test
    void applying_a_rate_to_money_rounds_half_even_to_the_minor_unit() {
        // 0.005 x 1.00 = 0.005: halfway between 0.00 and 0.01, the even 0.00 wins
        assertThat(Rate.of("0.005").applyTo(Money.of("1.00", "CNY"))).isEqualTo(Money.of("0.00", "CNY"));
        // 0.005 x 3.00 = 0.015: halfway between 0.01 and 0.02, the even 0.02 wins
        assertThat(Rate.of("0.005").applyTo(Money.of("3.00", "CNY"))).isEqualTo(Money.of("0.02", "CNY"));
        // 0.8 x 12345.67 = 9876.536, rounds to 9876.54
        assertThat(Rate.of("0.8").applyTo(Money.of("12345.67", "CNY"))).isEqualTo(Money.of("9876.54", "CNY"));
    }

    @Test
    void applying_a_rate_keeps_the_currency() {
        assertThat(Rate.of("0.5").applyTo(Money.of("10", "JPY"))).isEqualTo(Money.of("5", "JPY"));
    }

    @Test
    void rates_compare_by_value() {
        assertThat(Rate.of("0.0101").isAbove(Rate.of("0.01"))).isTrue();
        assertThat(Rate.of("0.010").isAbove(Rate.of("0.01"))).isFalse();
        assertThat(Rate.of("0.01").compareTo(Rate.of("0.02"))).isNegative();
        assertThat(Rate.of("0").isZero()).isTrue();
        assertThat(Rate.of("0.0001").isZero()).isFalse();
    }
}
