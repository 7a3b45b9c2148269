package com.foretaste.application.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's business date, which drives every date rule. It starts at the injected clock's
 * date in the platform's time zone the first time it is asked for, and from then on moves only when
 * the operator closes a day.
 */
public final class PlatformCalendar {

    private final BusinessDateStore store;
    private final Clock clock;
    private final ZoneId zone;

    public PlatformCalendar(BusinessDateStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    public PlatformCalendar(BusinessDateStore store, Clock clock) {
        this(store, clock, clock.getZone());
    }

    public LocalDate today() {
        return store.current().orElseGet(() -> store.initialiseIfAbsent(clockDate()));
    }

    private LocalDate clockDate() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
