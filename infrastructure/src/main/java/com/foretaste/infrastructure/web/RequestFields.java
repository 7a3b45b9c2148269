package com.foretaste.infrastructure.web;

import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reading request fields into domain values, with the field's name on every refusal. */
public final class RequestFields {

    /** An amount as requests carry it: a decimal and, optionally, an ISO 4217 currency code. */
    public interface AmountBody {
        BigDecimal amount();

        String currency();
    }

    private RequestFields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "required", field + " is required");
        }
        return value;
    }

    public static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Builds a value object, reporting a refusal of its own rules against {@code field}. */
    public static <T> T field(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidFieldException(field, e.rule(), field + ": " + e.getMessage());
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "date-range", field + ": the date lies outside the calendar");
        }
    }

    /** A list whose elements are all given (null when the list itself is absent). */
    public static <T> List<T> noNullElements(List<T> values, String field) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidFieldException(field, "required", field + " may not contain null");
        }
        return values;
    }

    /** An amount from the request; without a currency it is in {@code currency} (the instrument's). */
    public static Money money(AmountBody body, String field, Currency currency) {
        AmountBody m = required(body, field);
        return field(field, () -> new Money(required(m.amount(), field + ".amount"),
                m.currency() == null ? currency : Money.currency(m.currency())));
    }

    public static Rate rate(BigDecimal value, String field) {
        return field(field, () -> new Rate(required(value, field)));
    }

    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, required(value, field).trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException(field, "one-of", field + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
