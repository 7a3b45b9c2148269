package com.foretaste.infrastructure.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One event of a stream as the API shows it, with its metadata: who, when, why. */
@Schema(name = "Event")
public record EventView(long sequence, @Schema(requiredMode = REQUIRED) String type,
                        @Schema(requiredMode = REQUIRED) String eventId, @Schema(requiredMode = REQUIRED) Instant timestamp,
                        @Schema(requiredMode = REQUIRED, description = "The event as stored (docs/domain/licensing.md).")
                        JsonNode payload,
                        @Schema(requiredMode = REQUIRED, implementation = Metadata.class) Map<String, Object> metadata) {

    /**
     * The metadata of every event as stored (docs/api.md, "Metadata of every event"), kept a map so that
     * it is shown exactly as recorded; this record only says what it holds. A command the platform issues
     * itself has the principal {@code system} and no organisation or role.
     */
    @Schema(name = "EventMetadata")
    record Metadata(@Schema(requiredMode = REQUIRED) String principal, @Schema(format = "uuid") String organisation,
                    String role, @Schema(requiredMode = REQUIRED) String commandId,
                    @Schema(requiredMode = REQUIRED) String correlationId,
                    @Schema(requiredMode = REQUIRED) String causationId,
                    @Schema(requiredMode = REQUIRED, format = "date") String businessDate,
                    @Schema(requiredMode = REQUIRED, format = "date-time") String wallTime) {
    }

    public static EventView of(DomainEventMessage<?> event, ObjectMapper mapper) {
        return new EventView(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getIdentifier(), event.getTimestamp(), mapper.valueToTree(event.getPayload()),
                event.getMetaData());
    }
}
