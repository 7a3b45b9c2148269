package com.foretaste.testinstrument;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Registers the pledge with the platform: its shell and its instrument. Nothing of the platform is edited. */
@TestConfiguration(proxyBeanMethods = false)
@Import(PledgeAggregate.class)
public class PledgeInstrumentConfiguration {

    @Bean
    PledgeInstrument pledgeInstrument() {
        return new PledgeInstrument();
    }
}
