package com.foretaste.infrastructure.time;

import com.foretaste.application.calendar.BusinessDateStore;
import com.foretaste.application.calendar.PlatformCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** The first business date is the clock's date in the platform's zone (a Chinese platform: Asia/Shanghai). */
    @Bean
    PlatformCalendar platformCalendar(BusinessDateStore store, Clock clock,
                                      @Value("${foretaste.platform.zone:Asia/Shanghai}") ZoneId zone) {
        return new PlatformCalendar(store, clock, zone);
    }
}
