package com.foretaste.infrastructure.time;

import com.foretaste.application.calendar.BusinessDateStore;
import com.foretaste.application.calendar.PlatformCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    PlatformCalendar platformCalendar(BusinessDateStore store, Clock clock) {
        return new PlatformCalendar(store, clock);
    }
}
