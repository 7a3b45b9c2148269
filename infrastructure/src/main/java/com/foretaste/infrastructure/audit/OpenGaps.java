package com.foretaste.infrastructure.audit;

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
 * because a later index was visible, so that transaction id was already assigned when any horizon is taken
 * after that read, and is below that horizon's {@code xmax}. This class remembers, for each gap, the
 * {@code xmax} of the first horizon taken after a read that saw the gap; once a later horizon's
 * {@code xmin} (every transaction below it has ended) reaches it, the gap's writer has committed or
 * rolled back, and the gap is settled if its row is not in the table. A gap this node has not seen
 * before (after a restart, from another node's token, or evicted) is recorded with the current horizon:
 * later than needed, never earlier, so it is settled late but never wrongly.
 * <p>
 * Shared by every processor of the node and thread-safe; it keeps at most {@code capacity} gaps and
 * forgets the lowest first.
 */
final class OpenGaps {

    static final int CAPACITY = 65_536;

    private final ConcurrentSkipListMap<Long, Long> firstHorizon = new ConcurrentSkipListMap<>();
    private final int capacity;

    OpenGaps() {
        this(CAPACITY);
    }

    OpenGaps(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The gaps whose writers have all ended by {@code now}, a horizon taken after the reads that saw
     * {@code gaps}. Those of them that are not in the table can never be filled; the others are about
     * to be read.
     */
    Set<Long> writersEnded(SortedSet<Long> gaps, TransactionHorizon.Horizon now) {
        Set<Long> ended = new TreeSet<>();
        for (Long gap : gaps) {
            long first = firstHorizon.computeIfAbsent(gap, seen -> now.xmax());
            if (first <= now.xmin()) {
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
        return firstHorizon.size();
    }

    private void forgetBeyondCapacity() {
        while (firstHorizon.size() > capacity) {
            firstHorizon.pollFirstEntry();
        }
    }
}
