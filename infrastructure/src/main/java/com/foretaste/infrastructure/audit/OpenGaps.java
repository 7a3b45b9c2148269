package com.foretaste.infrastructure.audit;

import java.sql.SQLException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The rule that decides when a gap of a tracking token (a global index below the token's position that
 * no reader has seen yet) can no longer be filled: never by age or distance, only once every transaction
 * that could still write it has ended (docs/adr/0013-reading-the-event-store-in-commit-order.md).
 * <p>
 * The transaction that holds a gap took its transaction id before it took the index. A reader saw the gap
 * because a later index was visible, so that transaction id was already assigned when any check is made
 * after that read, and is below the check's {@link TransactionHorizon#startedBelow bound}. This class
 * remembers, for each gap, the bound of the first check made after a read that saw the gap; once a later
 * check's {@link TransactionHorizon#endedBelow} reaches it, the gap's writer has committed or rolled back,
 * and the gap is settled if its row is not in the table. A gap this node has not seen before (after a
 * restart, from another node's token, or evicted) is bounded at the check that first meets it: later than
 * needed, never earlier, so it is settled late but never wrongly. A check whose gaps are all remembered asks
 * for no bound.
 * <p>
 * Shared by every processor of the node and thread-safe; it keeps at most {@code capacity} gaps and
 * forgets the lowest first.
 */
final class OpenGaps {

    static final int CAPACITY = 65_536;

    private final ConcurrentSkipListMap<Long, Long> firstBound = new ConcurrentSkipListMap<>();
    private final int capacity;

    OpenGaps() {
        this(CAPACITY);
    }

    OpenGaps(int capacity) {
        this.capacity = capacity;
    }

    /** The bound of transactions started so far, asked for at most once per check, and only if needed. */
    @FunctionalInterface
    interface Bound {
        long startedBelow() throws SQLException;
    }

    /**
     * The gaps whose writers have all ended, by a check made after the reads that saw {@code gaps}:
     * {@code endedBelow} is its horizon of ended transactions, and {@code bound} gives its bound of started
     * ones. Those of them that are not in the table can never be filled; the others are about to be read.
     */
    Set<Long> writersEnded(SortedSet<Long> gaps, long endedBelow, Bound bound) throws SQLException {
        Set<Long> ended = new TreeSet<>();
        Long boundNow = null;
        for (Long gap : gaps) {
            Long first = firstBound.get(gap);
            if (first == null) {
                if (boundNow == null) {
                    boundNow = bound.startedBelow();
                }
                Long raced = firstBound.putIfAbsent(gap, boundNow);
                first = raced == null ? boundNow : raced;
            }
            if (first <= endedBelow) {
                ended.add(gap);
            }
        }
        forgetBeyondCapacity();
        return ended;
    }

    /** The gaps of {@code gaps} that may still be filled, given those whose writers ended and those found stored. */
    static SortedSet<Long> stillOpen(SortedSet<Long> gaps, Set<Long> writersEnded, Set<Long> stored) {
        SortedSet<Long> open = new TreeSet<>(gaps);
        writersEnded.stream().filter(gap -> !stored.contains(gap)).forEach(open::remove);
        return open;
    }

    int remembered() {
        return firstBound.size();
    }

    private void forgetBeyondCapacity() {
        while (firstBound.size() > capacity) {
            firstBound.pollFirstEntry();
        }
    }
}
