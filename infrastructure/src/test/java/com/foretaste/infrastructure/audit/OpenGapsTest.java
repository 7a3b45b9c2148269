package com.foretaste.infrastructure.audit;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** When a gap of a tracking token may be dropped: only when every transaction that could write it has ended. */
class OpenGapsTest {

    private final OpenGaps openGaps = new OpenGaps();

    @Test
    void a_gap_stays_while_a_transaction_that_had_started_when_it_was_seen_still_runs() throws SQLException {
        assertThat(openGaps.writersEnded(gaps(5), 100, bound(120))).isEmpty();
        assertThat(openGaps.writersEnded(gaps(5), 119, bound(130))).isEmpty();

        assertThat(openGaps.writersEnded(gaps(5), 120, bound(140))).containsExactly(5L);
    }

    @Test
    void a_gap_is_kept_however_long_its_writer_runs_because_nothing_expires() throws SQLException {
        assertThat(openGaps.writersEnded(gaps(5), 100, bound(101))).isEmpty();
        for (long later = 102; later < 100_000; later += 1_000) {
            assertThat(openGaps.writersEnded(gaps(5), 100, bound(later))).isEmpty();
        }
    }

    @Test
    void a_gap_first_seen_when_no_transaction_runs_has_no_writer_left() throws SQLException {
        assertThat(openGaps.writersEnded(gaps(5, 6), 50, bound(50))).containsExactly(5L, 6L);
    }

    @Test
    void a_gap_keeps_the_bound_it_was_first_seen_at() throws SQLException {
        assertThat(openGaps.writersEnded(gaps(7), 0, bound(10))).isEmpty();
        assertThat(openGaps.writersEnded(gaps(7), 5, bound(30))).isEmpty();

        assertThat(openGaps.writersEnded(gaps(7), 10, bound(40)))
                .as("the first bound (10) counts, not the later 30").containsExactly(7L);
    }

    @Test
    void a_gap_whose_writer_ended_but_whose_row_is_stored_stays_to_be_read() {
        assertThat(OpenGaps.stillOpen(gaps(5, 6, 9), Set.of(5L, 6L), Set.of(6L))).containsExactly(6L, 9L);
    }

    @Test
    void a_forgotten_gap_is_bounded_again_later_never_earlier() throws SQLException {
        OpenGaps small = new OpenGaps(2);
        small.writersEnded(gaps(1, 2, 3), 0, bound(10));
        assertThat(small.remembered()).as("the lowest gap is forgotten first").isEqualTo(2);

        assertThat(small.writersEnded(gaps(1, 2), 12, bound(20)))
                .as("gap 2 is known from horizon 10; gap 1 was forgotten and counts from 20").containsExactly(2L);
    }

    @Test
    void a_check_whose_gaps_are_all_known_asks_for_no_bound() throws SQLException {
        AtomicInteger asked = new AtomicInteger();
        OpenGaps.Bound counted = () -> {
            asked.incrementAndGet();
            return 40;
        };
        openGaps.writersEnded(gaps(5, 6), 10, counted);
        assertThat(asked).as("two new gaps, one bound").hasValue(1);

        assertThat(openGaps.writersEnded(gaps(5, 6), 30, counted)).isEmpty();
        assertThat(openGaps.writersEnded(gaps(5, 6), 40, counted)).containsExactly(5L, 6L);
        assertThat(asked).as("no later check asked again").hasValue(1);

        openGaps.writersEnded(gaps(5, 6, 8), 40, counted);
        assertThat(asked).as("a new gap among known ones").hasValue(2);
    }

    private static OpenGaps.Bound bound(long startedBelow) {
        return () -> startedBelow;
    }

    private static TreeSet<Long> gaps(long... indexes) {
        TreeSet<Long> gaps = new TreeSet<>();
        for (long index : indexes) {
            gaps.add(index);
        }
        return gaps;
    }
}
