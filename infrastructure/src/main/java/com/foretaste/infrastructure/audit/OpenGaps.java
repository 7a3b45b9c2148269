package com.foretaste.infrastructure.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
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
 * after that read, and is below the check's {@link TransactionHorizon.Horizon#startedBelow() bound}. This class
 * remembers, for each gap, the bound of the first check made after a read that saw the gap; once a later
 * check's {@link TransactionHorizon.Horizon#endedBelow()} reaches it, the gap's writer has committed or rolled back,
 * and the gap is settled if its row is not in the table. A gap this node has not seen before (after a
 * restart, from another node's token, or evicted) is bounded at the check that first meets it: later than
 * needed, never earlier, so it is settled late but never wrongly. A check whose gaps are all remembered asks
 * for no bound.
 * <p>
 * Shared by every processor of the node and thread-safe; beyond {@code capacity} gaps it forgets the lowest
 * first, except those of the check at hand.
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

    /** Whether every gap of {@code gaps} has its bound, so that a check of them needs none. */
    boolean allBounded(SortedSet<Long> gaps) {
        return gaps.stream().allMatch(firstBound::containsKey);
    }

    /**
     * One check of {@code gaps}, on the event store's connection after the reads that saw them: the horizon now,
     * with a bound only if some gap has none yet, and the gaps whose writers have all ended by it.
     */
    Set<Long> check(SortedSet<Long> gaps, TransactionHorizon horizon, Connection connection) throws SQLException {
        return writersEnded(gaps, horizon.now(connection, !allBounded(gaps)));
    }

    /**
     * The gaps whose writers have all ended, by a check made after the reads that saw {@code gaps}. A gap not yet
     * bounded takes the check's bound; one that has none (forgotten since the caller found every gap bounded) is
     * not settled by this check, and is bounded by the next.
     */
    Set<Long> writersEnded(SortedSet<Long> gaps, TransactionHorizon.Horizon now) {
        Set<Long> ended = new TreeSet<>();
        for (Long gap : gaps) {
            Long first = firstBound.get(gap);
            if (first == null && now.startedBelow().isPresent()) {
                Long raced = firstBound.putIfAbsent(gap, now.startedBelow().getAsLong());
                first = raced == null ? now.startedBelow().getAsLong() : raced;
            }
            if (first != null && first <= now.endedBelow()) {
                ended.add(gap);
            }
        }
        forgetBeyondCapacity(gaps);
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

    /**
     * Forgets the lowest gaps beyond the capacity, except those of the check at hand: a gap still waiting for its
     * writer keeps the bound it was first seen with, however many newer gaps came since. A settled gap no longer in
     * any token is forgotten in its turn.
     */
    private void forgetBeyondCapacity(SortedSet<Long> inUse) {
        Iterator<Long> lowest = firstBound.keySet().iterator();
        while (firstBound.size() > capacity && lowest.hasNext()) {
            if (!inUse.contains(lowest.next())) {
                lowest.remove();
            }
        }
    }
}
