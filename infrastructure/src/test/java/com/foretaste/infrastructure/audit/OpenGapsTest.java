package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.audit.TransactionHorizon.Horizon;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** When a gap of a tracking token may be dropped: only when every transaction that could write it has ended. */
class OpenGapsTest {

    private final OpenGaps openGaps = new OpenGaps();

    @Test
    void a_gap_stays_while_a_transaction_that_had_started_when_it_was_seen_still_runs() {
        assertThat(openGaps.writersEnded(gaps(5), new Horizon(100, 120))).isEmpty();
        assertThat(openGaps.writersEnded(gaps(5), new Horizon(119, 130))).isEmpty();

        assertThat(openGaps.writersEnded(gaps(5), new Horizon(120, 140))).containsExactly(5L);
    }

    @Test
    void a_gap_is_kept_however_long_its_writer_runs_because_nothing_expires() {
        assertThat(openGaps.writersEnded(gaps(5), new Horizon(100, 101))).isEmpty();
        for (long later = 102; later < 100_000; later += 1_000) {
            assertThat(openGaps.writersEnded(gaps(5), new Horizon(100, later))).isEmpty();
        }
    }

    @Test
    void a_gap_first_seen_when_no_transaction_runs_has_no_writer_left() {
        assertThat(openGaps.writersEnded(gaps(5, 6), new Horizon(50, 50))).containsExactly(5L, 6L);
    }

    @Test
    void a_gap_keeps_the_horizon_it_was_first_seen_at() {
        assertThat(openGaps.writersEnded(gaps(7), new Horizon(0, 10))).isEmpty();
        assertThat(openGaps.writersEnded(gaps(7), new Horizon(5, 30))).isEmpty();

        assertThat(openGaps.writersEnded(gaps(7), new Horizon(10, 40)))
                .as("the first horizon (10) counts, not the later 30").containsExactly(7L);
    }

    @Test
    void a_gap_whose_writer_ended_but_whose_row_is_stored_stays_to_be_read() {
        assertThat(OpenGaps.stillOpen(gaps(5, 6, 9), Set.of(5L, 6L), Set.of(6L))).containsExactly(6L, 9L);
    }

    @Test
    void a_forgotten_gap_is_recorded_again_at_a_later_horizon_never_an_earlier_one() {
        OpenGaps small = new OpenGaps(2);
        small.writersEnded(gaps(1, 2, 3), new Horizon(0, 10));
        assertThat(small.remembered()).as("the lowest gap is forgotten first").isEqualTo(2);

        assertThat(small.writersEnded(gaps(1, 2), new Horizon(12, 20)))
                .as("gap 2 is known from horizon 10; gap 1 was forgotten and counts from 20").containsExactly(2L);
    }

    private static TreeSet<Long> gaps(long... indexes) {
        TreeSet<Long> gaps = new TreeSet<>();
        for (long index : indexes) {
            gaps.add(index);
        }
        return gaps;
    }
}
