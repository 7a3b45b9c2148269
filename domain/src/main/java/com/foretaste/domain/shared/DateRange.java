package com.foretaste.domain.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A run of business dates from {@code start} up to, not including, {@code endExclusive}. */
public record DateRange(LocalDate start, LocalDate endExclusive) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(start)) {
            throw new InvalidValueException("date-range-order",
                    "a range cannot end (" + endExclusive + ") before it starts (" + start + ")");
        }
    }

    public static DateRange ofMonths(LocalDate start, int months) {
        return new DateRange(start, start.plusMonths(months));
    }

    public static DateRange ofDays(LocalDate start, int days) {
        return new DateRange(start, start.plusDays(days));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive);
    }

    /** The last date inside the range; undefined for an empty range. */
    public LocalDate lastDay() {
        if (isEmpty()) {
            throw new IllegalStateException("an empty range has no last day");
        }
        return endExclusive.minusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    public boolean isEmpty() {
        return start.equals(endExclusive);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + endExclusive + ")";
    }
}
