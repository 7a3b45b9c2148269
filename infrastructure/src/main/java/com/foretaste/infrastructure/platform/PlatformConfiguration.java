package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The registry of instruments, and the platform's part of every command's transaction. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Instruments instruments(List<Instrument<?, ?>> registered) {
        return new Instruments(registered);
    }

    @Bean
    SmartInitializingSingleton platformCommandInterceptor(CommandBus commandBus, ProcessedCommands processed,
                                                          StreamRegistry registry, Instruments instruments,
                                                          EndOfDayGate endOfDay, Clock clock) {
        return () -> commandBus.registerHandlerInterceptor(
                new PlatformCommandInterceptor(processed, registry, instruments, endOfDay, clock));
    }
}
