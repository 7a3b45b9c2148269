package com.foretaste.infrastructure.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a retry of a processor's parked events did: sequences tried, handled in full, and events still parked. */
@Schema(name = "DeadLetterRetry")
public record RetryOutcome(String processor, int sequencesTried, int sequencesHandled, long stillParked) {
}
