package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.web.InvalidFieldException;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reading guarantee request fields into domain values, with the field's name on every refusal. */
final class GuaranteeFields {

    private GuaranteeFields() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "required", field + " is required");
        }
        return value;
    }

    static <T> T field(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidFieldException(field, e.rule(), field + ": " + e.getMessage());
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "date-range", field + ": the date lies outside the calendar");
        }
    }

    /** An amount from the request; without a currency it is in {@code currency} (the agreement's). */
    static Money money(GuaranteeRequests.Amount body, String field, Currency currency) {
        GuaranteeRequests.Amount m = required(body, field);
        return field(field, () -> new Money(required(m.amount(), field + ".amount"),
                m.currency() == null ? currency : Money.currency(m.currency())));
    }

    static Rate rate(BigDecimal value, String field) {
        return field(field, () -> new Rate(required(value, field)));
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, required(value, field).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException(field, "one-of", field + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
