package com.foretaste.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency, held at the currency's minor unit (two places for CNY).
 * An amount with more decimal places than the currency allows is refused rather than rounded, so no
 * input is silently changed; arithmetic that must round (rates, pro-rata shares) rounds HALF_EVEN in
 * named methods. Arithmetic across currencies is an error, and splits add up exactly to the whole.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency CNY = Currency.getInstance("CNY");
    /** No amount the platform records reaches a quadrillion units of its currency. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000000");
    static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("money-limit", "an amount must stay below " + LIMIT.toPlainString()
                    + " " + currency.getCurrencyCode());
        }
        int places = currency.getDefaultFractionDigits();
        if (places < 0) {
            throw new InvalidValueException("currency-has-minor-unit",
                    currency.getCurrencyCode() + " is not a currency of payment");
        }
        try {
            amount = amount.setScale(places, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new InvalidValueException("money-precision", "amount " + amount.toPlainString()
                    + " has more decimal places than " + currency.getCurrencyCode() + " allows (" + places + ")");
        }
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    public static Money of(String amount, Currency currency) {
        return new Money(parseAmount(amount), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new InvalidValueException("currency-iso-4217", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    private static BigDecimal parseAmount(String amount) {
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw new InvalidValueException("money-amount-decimal", "'" + amount + "' is not a decimal amount");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** Multiplies by an exact factor and rounds HALF_EVEN to the minor unit. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(currency.getDefaultFractionDigits(), ROUNDING), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean hasCurrency(Currency expected) {
        return currency.equals(expected);
    }

    /**
     * Splits into {@code parts} equal shares at the minor unit; the last share takes the remainder,
     * so the shares always add up to this amount exactly.
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new InvalidValueException("split-parts-positive", "cannot split into " + parts + " parts");
        }
        List<BigDecimal> equalWeights = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            equalWeights.add(BigDecimal.ONE);
        }
        return allocate(equalWeights);
    }

    /**
     * Shares this amount pro rata to non-negative weights. Every share but the last is rounded toward
     * zero to the minor unit and the last share with a positive weight takes the remainder, so the
     * shares add up exactly and none has the opposite sign of the whole (rounding the others HALF_EVEN
     * could push the remainder below zero: CNY 0.03 in five parts).
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0) || total.signum() == 0) {
            throw new InvalidValueException("allocation-weights",
                    "weights must be non-negative with a positive total: " + weights);
        }
        int last = lastPositive(weights);
        List<Money> shares = new ArrayList<>(weights.size());
        Money allocated = zero(currency);
        for (int i = 0; i < weights.size(); i++) {
            Money share = i == last ? minus(allocated) : shareOf(weights.get(i), total);
            shares.add(share);
            allocated = allocated.plus(share);
        }
        return List.copyOf(shares);
    }

    private Money shareOf(BigDecimal weight, BigDecimal total) {
        BigDecimal exact = amount.multiply(weight).divide(total, currency.getDefaultFractionDigits(), RoundingMode.DOWN);
        return new Money(exact, currency);
    }

    private static int lastPositive(List<BigDecimal> weights) {
        for (int i = weights.size() - 1; i >= 0; i--) {
            if (weights.get(i).signum() > 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: total is positive");
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
