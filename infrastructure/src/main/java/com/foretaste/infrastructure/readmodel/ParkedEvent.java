package com.foretaste.infrastructure.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * An event a read model could not handle, as the operator sees it. {@code cause} is empty for an event parked
 * only because an earlier event of its aggregate is parked (it was never tried). {@code firstAttempt} is when it
 * was parked, {@code lastAttempt} its latest failed retry, {@code attempts} the failed attempts so far.
 */
@Schema(name = "ParkedEvent")
public record ParkedEvent(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String eventId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String eventType,
        String aggregateId, Long sequence, String causeType, String cause,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant firstAttempt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant lastAttempt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long attempts) {
}
