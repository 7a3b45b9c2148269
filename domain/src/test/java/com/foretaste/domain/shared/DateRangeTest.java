package com.foretaste.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRangeTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 15);

    @Test
    void a_range_of_months_ends_the_same_day_of_month_that_many_months_later() {
        DateRange year = DateRange.ofMonths(START, 12);

        assertThat(year.start()).isEqualTo(START);
        assertThat(year.endExclusive()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void a_range_of_months_from_a_month_end_stops_at_the_shorter_month_end() {
        assertThat(DateRange.ofMonths(LocalDate.of(2024, 1, 31), 1).endExclusive()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_range_contains_its_start_and_last_day_but_not_its_end() {
        DateRange range = DateRange.ofMonths(START, 1);

        assertThat(range.contains(START)).isTrue();
        assertThat(range.contains(LocalDate.of(2024, 4, 14))).isTrue();
        assertThat(range.contains(LocalDate.of(2024, 4, 15))).isFalse();
        assertThat(range.contains(START.minusDays(1))).isFalse();
    }

    @Test
    void the_last_day_is_the_day_before_the_end() {
        assertThat(DateRange.ofMonths(START, 12).lastDay()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(DateRange.ofDays(START, 1).lastDay()).isEqualTo(START);
    }

    @Test
    void days_counts_the_dates_inside_the_range() {
        assertThat(DateRange.ofMonths(LocalDate.of(2024, 1, 1), 12).days()).isEqualTo(366);
        assertThat(DateRange.ofMonths(LocalDate.of(2025, 1, 1), 12).days()).isEqualTo(365);
        assertThat(DateRange.ofDays(START, 30).days()).isEqualTo(30);
        assertThat(DateRange.ofDays(START, 30).endExclusive()).isEqualTo(LocalDate.of(2024, 4, 14));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new DateRange(START, START.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("date-range-order"))
                .hasMessageContaining("2024-03-14").hasMessageContaining("2024-03-15");
    }

    @Test
    void an_empty_range_contains_nothing_and_has_no_last_day() {
        DateRange empty = new DateRange(START, START);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.days()).isZero();
        assertThat(empty.contains(START)).isFalse();
        assertThatThrownBy(empty::lastDay).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_range_reads_as_a_half_open_interval() {
        assertThat(DateRange.ofDays(START, 2)).hasToString("[2024-03-15, 2024-03-17)");
    }
}
