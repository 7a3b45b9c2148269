package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.audit.TransactionHorizon.Horizon;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** When a gap of a tracking token may be dropped: only when every transaction that could write it has ended. */
class OpenGapsTest {

    private final OpenGaps openGaps = new OpenGaps();

    @Test
    void a_gap_stays_while_a_transaction_that_had_started_when_it_was_seen_still_runs() {
        assertThat(openGaps.writersEnded(gaps(5), horizon(100, 120))).isEmpty();
        assertThat(openGaps.writersEnded(gaps(5), horizon(119, 130))).isEmpty();

        assertThat(openGaps.writersEnded(gaps(5), horizon(120, 140))).containsExactly(5L);
    }

    @Test
    void a_gap_is_kept_however_long_its_writer_runs_because_nothing_expires() {
        assertThat(openGaps.writersEnded(gaps(5), horizon(100, 101))).isEmpty();
        for (long later = 102; later < 100_000; later += 1_000) {
            assertThat(openGaps.writersEnded(gaps(5), horizon(100, later))).isEmpty();
        }
    }

    @Test
    void a_gap_first_seen_when_no_transaction_runs_has_no_writer_left() {
        assertThat(openGaps.writersEnded(gaps(5, 6), horizon(50, 50))).containsExactly(5L, 6L);
    }

    @Test
    void a_gap_keeps_the_bound_it_was_first_seen_at() {
        assertThat(openGaps.writersEnded(gaps(7), horizon(0, 10))).isEmpty();
        assertThat(openGaps.writersEnded(gaps(7), horizon(5, 30))).isEmpty();

        assertThat(openGaps.writersEnded(gaps(7), horizon(10, 40)))
                .as("the first bound (10) counts, not the later 30").containsExactly(7L);
    }

    @Test
    void a_gap_whose_writer_ended_but_whose_row_is_stored_stays_to_be_read() {
        assertThat(OpenGaps.stillOpen(gaps(5, 6, 9), Set.of(5L, 6L), Set.of(6L))).containsExactly(6L, 9L);
    }

    @Test
    void a_forgotten_gap_is_bounded_again_later_never_earlier() {
        OpenGaps small = new OpenGaps(2);
        small.writersEnded(gaps(1, 2, 3), horizon(0, 10));
        assertThat(small.remembered()).as("the gaps of the check at hand stay, beyond capacity").isEqualTo(3);
        small.writersEnded(gaps(4), horizon(0, 11));
        assertThat(small.remembered()).as("the lowest others are forgotten first").isEqualTo(2);

        assertThat(small.writersEnded(gaps(1, 3), horizon(12, 20)))
                .as("gap 3 is known from bound 10; gap 1 was forgotten and counts from 20").containsExactly(3L);
    }

    @Test
    void a_check_whose_gaps_are_all_bounded_needs_no_bound() {
        assertThat(openGaps.allBounded(gaps(5, 6))).isFalse();
        openGaps.writersEnded(gaps(5, 6), horizon(10, 40));

        assertThat(openGaps.allBounded(gaps(5, 6))).isTrue();
        assertThat(openGaps.writersEnded(gaps(5, 6), horizon(40))).containsExactly(5L, 6L);
        assertThat(openGaps.allBounded(gaps(5, 6, 8))).as("a new gap among known ones").isFalse();
    }

    @Test
    void a_gap_met_by_a_check_without_a_bound_waits_for_the_next_check() {
        assertThat(openGaps.writersEnded(gaps(9), horizon(1_000))).as("no bound, so not settled").isEmpty();
        assertThat(openGaps.allBounded(gaps(9))).isFalse();
    }

    @Test
    void a_gap_still_in_the_check_at_hand_is_not_forgotten_for_newer_ones() {
        OpenGaps small = new OpenGaps(2);
        small.writersEnded(gaps(5), horizon(0, 10));
        small.writersEnded(gaps(5, 6, 7), horizon(5, 30));

        assertThat(small.writersEnded(gaps(5), horizon(10, 40)))
                .as("gap 5 keeps its first bound (10) though two newer gaps came beyond capacity").containsExactly(5L);
    }

    private static Horizon horizon(long endedBelow, long startedBelow) {
        return new Horizon(endedBelow, OptionalLong.of(startedBelow));
    }

    private static Horizon horizon(long endedBelow) {
        return new Horizon(endedBelow, OptionalLong.empty());
    }

    private static TreeSet<Long> gaps(long... indexes) {
        TreeSet<Long> gaps = new TreeSet<>();
        for (long index : indexes) {
            gaps.add(index);
        }
        return gaps;
    }
}
