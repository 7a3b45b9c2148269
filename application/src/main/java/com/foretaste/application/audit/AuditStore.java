package com.foretaste.application.audit;

import java.util.List;
import java.util.Optional;

/** Reads the event store as stored, and keeps digests. */
public interface AuditStore {

    /** One stream's events in sequence order (all of them, whatever snapshot exists). */
    List<StoredEvent> stream(String aggregateId);

    /** The aggregate ids of every stream, in id order. */
    List<String> streams();

    /**
     * Every stream, one after the other in aggregate id order (the order of {@link #streams()}), each
     * with its events in sequence order as {@link #stream} gives them, read in one ordered pass over
     * the store. {@code each} is called once per stream, on the calling thread.
     */
    void eachStream(java.util.function.Consumer<List<StoredEvent>> each);

    /** The head of every stream counting only events up to {@code globalIndex}, in aggregate id order. */
    List<StreamHead> headsUpTo(long globalIndex);

    long lastGlobalIndex();

    /** Events appended after position {@code after} up to {@code upTo}, by stream and sequence. */
    List<StoredEvent> appendedBetween(long after, long upTo);

    /** One stream's events after sequence {@code sequence}, in sequence order. */
    List<StoredEvent> streamAfter(String aggregateId, long sequence);

    /**
     * Streams the write side registered beyond their head in digest {@code digestId}, or not in it at
     * all, with the version the write side registered for each.
     */
    java.util.Map<String, Long> streamsAheadOf(long digestId);

    long eventCountUpTo(long globalIndex);

    Digest save(Digest digest);

    Optional<Digest> digest(long id);

    Optional<Digest> latestDigest();
}
