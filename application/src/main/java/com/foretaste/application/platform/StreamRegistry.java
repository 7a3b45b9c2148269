package com.foretaste.application.platform;

import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The write side's register of streams, kept in the transaction that appends their events: which
 * instrument a stream is, its parties, its version and the next business date it needs attention.
 * Visibility and the end-of-day run read it; no read model is consulted.
 */
public interface StreamRegistry {

    record Entry(String aggregateId, String aggregateType, Set<OrganisationId> parties, long version,
                 Optional<LocalDate> nextAttention) {
        public Entry {
            parties = Set.copyOf(parties);
        }
    }

    void record(Entry entry);

    Optional<Entry> find(String aggregateId);

    /**
     * Streams of one aggregate type whose next attention is on or before {@code date}, in a stable
     * order; a stream held by an open end-of-day failure waits for the operator and is left out.
     */
    List<String> needingAttention(String aggregateType, LocalDate date);

    /** Streams of the event store that have no entry yet (written before the registry existed). */
    List<String> unregisteredStreams(String aggregateType);
}
