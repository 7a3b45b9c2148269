package com.foretaste.domain.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyProperties {

    @Property
    void split_parts_add_up_exactly_to_the_whole(@ForAll("nonNegativeAmounts") Money whole,
                                                  @ForAll @IntRange(min = 1, max = 50) int parts) {
        List<Money> split = whole.split(parts);

        assertThat(split).hasSize(parts);
        assertThat(sum(split, whole.currency())).isEqualTo(whole);
        assertThat(split).allSatisfy(part -> assertThat(part.currency()).isEqualTo(whole.currency()));
    }

    @Property
    void each_split_part_is_within_parts_minor_units_of_its_exact_share(
            @ForAll("nonNegativeAmounts") Money whole, @ForAll @IntRange(min = 1, max = 50) int parts) {
        BigDecimal n = BigDecimal.valueOf(parts);
        BigDecimal tolerance = minorUnit(whole).multiply(n).multiply(n);

        // |part - whole/n| < n units  <=>  |part * n - whole| < n * n units, kept exact
        assertThat(whole.split(parts)).allSatisfy(part ->
                assertThat(part.amount().multiply(n).subtract(whole.amount()).abs()).isLessThan(tolerance));
    }

    @Property
    void split_parts_are_equal_except_the_last_which_differs_by_at_most_parts_minor_units(
            @ForAll("nonNegativeAmounts") Money whole, @ForAll @IntRange(min = 1, max = 50) int parts) {
        List<Money> split = whole.split(parts);
        Money first = split.get(0);
        Money last = split.get(parts - 1);

        assertThat(split.subList(0, parts - 1)).allSatisfy(part -> assertThat(part).isEqualTo(first));
        assertThat(last.minus(first).amount().abs())
                .isLessThanOrEqualTo(minorUnit(whole).multiply(BigDecimal.valueOf(parts)));
    }

    @Property
    void allocated_parts_add_up_exactly_to_the_whole(@ForAll("nonNegativeAmounts") Money whole,
                                                      @ForAll("weights") List<BigDecimal> weights) {
        List<Money> shares = whole.allocate(weights);

        assertThat(shares).hasSameSizeAs(weights);
        assertThat(sum(shares, whole.currency())).isEqualTo(whole);
        assertThat(shares).allSatisfy(part -> assertThat(part.currency()).isEqualTo(whole.currency()));
    }

    @Property
    void each_allocated_part_is_within_parts_minor_units_of_its_exact_share(
            @ForAll("nonNegativeAmounts") Money whole, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> shares = whole.allocate(weights);
        BigDecimal total = total(weights);
        BigDecimal tolerance = minorUnit(whole).multiply(BigDecimal.valueOf(weights.size())).multiply(total);

        // |share - whole * w / total| < n units  <=>  |share * total - whole * w| < n * units * total
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal error = shares.get(i).amount().multiply(total).subtract(whole.amount().multiply(weights.get(i)));
            assertThat(error.abs()).as("share %d of %s", i, shares).isLessThan(tolerance);
        }
    }

    @Property
    void a_zero_weight_gets_nothing(@ForAll("nonNegativeAmounts") Money whole,
                                    @ForAll("weights") List<BigDecimal> weights) {
        List<Money> shares = whole.allocate(weights);

        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).signum() == 0) {
                assertThat(shares.get(i).isZero()).as("share %d of %s", i, shares).isTrue();
            }
        }
    }
    @Property
    void no_part_of_a_non_negative_amount_is_negative(@ForAll("nonNegativeAmounts") Money whole,
                                                      @ForAll @IntRange(min = 1, max = 50) int parts,
                                                      @ForAll("weights") List<BigDecimal> weights) {
        assertThat(whole.split(parts)).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
        assertThat(whole.allocate(weights)).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
    }

    @Provide
    Arbitrary<Money> nonNegativeAmounts() {
        Arbitrary<Currency> currencies = Arbitraries.of("CNY", "USD", "JPY", "KWD").map(Currency::getInstance);
        Arbitrary<Long> minorUnits = Arbitraries.longs().between(0, 1_000_000_000_000L);
        return Combinators.combine(currencies, minorUnits)
                .as((currency, units) -> new Money(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency));
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                net.jqwik.api.Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3)));
        return weight.list().ofMinSize(1).ofMaxSize(50).filter(ws -> total(ws).signum() > 0);
    }

    private static BigDecimal total(List<BigDecimal> weights) {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Money sum(List<Money> parts, Currency currency) {
        return parts.stream().reduce(Money.zero(currency), Money::plus);
    }

    private static BigDecimal minorUnit(Money money) {
        return BigDecimal.ONE.movePointLeft(money.currency().getDefaultFractionDigits());
    }
}
