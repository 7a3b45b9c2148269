package com.foretaste.application.audit;

import java.util.Objects;

/**
 * An event exactly as the event store holds it: the bytes that are hashed, exported and verified.
 * {@code hash} is the chained hash stored with it (null where none was stored).
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, long sequence, String aggregateType,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metadata, byte[] hash) {

    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }
}
