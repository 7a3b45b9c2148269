package com.foretaste.application.calendar;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The platform's business date, which drives every date rule. It starts at the injected clock's
 * date the first time it is asked for and from then on moves only when the operator closes a day.
 */
public final class PlatformCalendar {

    private final BusinessDateStore store;
    private final Clock clock;

    public PlatformCalendar(BusinessDateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return store.current().orElseGet(() -> store.initialiseIfAbsent(clockDate()));
    }

    private LocalDate clockDate() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
