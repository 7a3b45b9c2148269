package com.foretaste.infrastructure.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** The business date of a fresh test platform is this instant's date: 2026-03-02. */
    public static final Instant START = Instant.parse("2026-03-02T01:30:00Z");

    /**
     * One clock for every application context of the test run: Axon stamps events from a static
     * clock, which the last context started would otherwise take over for all of them.
     */
    public static final MutableClock CLOCK = new MutableClock(START);

    @Bean
    @Primary
    MutableClock testClock() {
        return CLOCK;
    }
}
