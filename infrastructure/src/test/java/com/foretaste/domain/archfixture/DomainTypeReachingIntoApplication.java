package com.foretaste.domain.archfixture;

import com.foretaste.application.calendar.PlatformCalendar;

import java.time.LocalDate;

/** Breaks the rules on purpose: a domain type that asks a use case for the date. */
public final class DomainTypeReachingIntoApplication {

    public LocalDate today(PlatformCalendar calendar) {
        return calendar.today();
    }
}
