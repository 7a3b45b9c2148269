package com.foretaste.infrastructure.time;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one place that reads the system clock. Everything else receives this {@link Clock}, so tests
 * and simulations move time by replacing one bean; Axon stamps events from it too.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Not a {@link Clock} bean, so that injecting the platform's clock stays unambiguous. */
    @Bean
    WallClock wallClock() {
        return new WallClock(Clock.systemUTC());
    }

    /** Axon reads event timestamps from a static clock; point it at the injected one. */
    @Bean
    SmartInitializingSingleton axonEventClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }
}
