package com.foretaste.infrastructure.time;

import java.time.Clock;

/**
 * Elapsed time for the machinery's timeouts (event processors' token claims, their back-offs and releases), as
 * opposed to the platform's {@link Clock}, which stamps business facts and which tests and simulations stop or move.
 * A processor timed by a stopped clock would never extend its claims nor come back from a back-off.
 */
public record WallClock(Clock clock) {
}
