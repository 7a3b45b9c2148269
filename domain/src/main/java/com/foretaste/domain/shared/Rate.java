package com.foretaste.domain.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact, non-negative ratio: royalty, indemnity or guarantee ratio, fee rate, daily late
 * interest. {@code 0.8} is eighty percent. Rounding happens only when a rate is applied to money.
 */
public record Rate(BigDecimal value) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);
    /** A rate is stated to at most ten decimal places (0.0000000001) and twenty significant digits. */
    public static final int MAX_SCALE = 10;
    public static final int MAX_PRECISION = 20;

    public Rate {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new InvalidValueException("rate-non-negative", "a rate cannot be negative: " + value.toPlainString());
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.scale() > MAX_SCALE || value.precision() > MAX_PRECISION) {
            throw new InvalidValueException("rate-precision", "a rate has at most " + MAX_SCALE
                    + " decimal places and " + MAX_PRECISION + " digits");
        }
    }

    public static Rate of(String value) {
        try {
            return new Rate(new BigDecimal(value.trim()));
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw new InvalidValueException("rate-decimal", "'" + value + "' is not a decimal rate");
        }
    }

    /** The share of {@code money} this rate stands for, rounded HALF_EVEN to the minor unit. */
    public Money applyTo(Money money) {
        return money.times(value);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isAbove(Rate other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Rate other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
