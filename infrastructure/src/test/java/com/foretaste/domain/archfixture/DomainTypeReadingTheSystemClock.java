package com.foretaste.domain.archfixture;

import java.time.Instant;
import java.time.LocalDate;

/** Breaks the rules on purpose: a domain type that asks the system clock for the time. */
public final class DomainTypeReadingTheSystemClock {

    public Instant stamp() {
        return Instant.now();
    }

    public LocalDate today() {
        return LocalDate.now();
    }
}
