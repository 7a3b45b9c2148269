package com.foretaste.infrastructure.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.Map;

/** One event of a stream as the API shows it, with its metadata: who, when, why. */
public record EventView(long sequence, String type, String eventId, Instant timestamp, JsonNode payload,
                 Map<String, Object> metadata) {

    public static EventView of(DomainEventMessage<?> event, ObjectMapper mapper) {
        return new EventView(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getIdentifier(), event.getTimestamp(), mapper.valueToTree(event.getPayload()),
                event.getMetaData());
    }
}
