package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DelinquencyAgeing: the bucket of an overdue amount by days past due. */
class DelinquencyAgeingTest {

    @ParameterizedTest(name = "{0} days past due is in {1}")
    @CsvSource({"1, 1-30", "30, 1-30", "31, 31-60", "60, 31-60", "61, 61-90", "90, 61-90", "91, 91-180",
            "180, 91-180", "181, 181+", "3650, 181+"})
    void the_default_buckets_are_1_30_31_60_61_90_91_180_and_over_180_days(long days, String bucket) {
        assertThat(DelinquencyAgeing.DEFAULT.bucketFor(days)).contains(bucket);
    }

    @Test
    void an_amount_not_past_due_is_in_no_bucket() {
        assertThat(DelinquencyAgeing.DEFAULT.bucketFor(0)).isEmpty();
        assertThat(DelinquencyAgeing.DEFAULT.bucketFor(-5)).isEmpty();
    }

    @Test
    void buckets_rank_from_the_least_to_the_most_overdue() {
        assertThat(List.of("1-30", "31-60", "61-90", "91-180", "181+"))
                .extracting(DelinquencyAgeing.DEFAULT::rank).containsExactly(0, 1, 2, 3, 4);
        assertThat(DelinquencyAgeing.DEFAULT.rank("1-15")).isEqualTo(-1);
    }

    @Test
    void the_buckets_are_configuration() {
        DelinquencyAgeing monthly = new DelinquencyAgeing(List.of(1, 15, 45));

        assertThat(monthly.bucketFor(14)).contains("1-14");
        assertThat(monthly.bucketFor(15)).contains("15-44");
        assertThat(monthly.bucketFor(45)).contains("45+");
    }

    @Test
    void buckets_start_at_one_day_and_at_increasing_day_counts() {
        assertThatThrownBy(() -> new DelinquencyAgeing(List.of(0, 30))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DelinquencyAgeing(List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DelinquencyAgeing(List.of(1, 31, 31))).isInstanceOf(InvalidValueException.class);
    }
}
