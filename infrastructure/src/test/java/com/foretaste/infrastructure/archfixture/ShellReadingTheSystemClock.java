package com.foretaste.infrastructure.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

/** Breaks the rules on purpose: an infrastructure class that reads the system clock every other way. */
public final class ShellReadingTheSystemClock {

    public List<Object> readings() {
        return List.of(
                LocalDateTime.now(),
                ZonedDateTime.now(),
                OffsetDateTime.now(ZoneOffset.UTC),
                System.currentTimeMillis(),
                Clock.systemUTC(),
                Clock.systemDefaultZone(),
                Clock.system(ZoneOffset.UTC));
    }

    public Supplier<Instant> stamper() {
        return Instant::now;
    }
}
