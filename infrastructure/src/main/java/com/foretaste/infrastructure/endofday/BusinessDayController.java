package com.foretaste.infrastructure.endofday;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.endofday.EndOfDay;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The platform's business date and the operator's end-of-day run. */
@RestController
@RequestMapping("/api/business-days")
class BusinessDayController {

    record Closed(LocalDate from, LocalDate businessDate, int daysClosed, long dateDrivenCommands) {
    }

    record Current(LocalDate businessDate, LocalDate closingTo) {
    }

    private final EndOfDayService service;
    private final PlatformCalendar calendar;

    BusinessDayController(EndOfDayService service, PlatformCalendar calendar) {
        this.service = service;
        this.calendar = calendar;
    }

    /** Advances the business date to {@code date}, issuing every date-driven command of each day passed. */
    @PostMapping("/{date}/close")
    Closed close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        EndOfDay.Result result = service.closeTo(date);
        return new Closed(result.from(), result.to(), result.days(), result.commands());
    }

    @GetMapping("/current")
    Current current() {
        return new Current(calendar.today(), service.closingTo().orElse(null));
    }
}
