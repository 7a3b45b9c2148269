package com.foretaste.infrastructure.architecture;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.domain.shared.Money;
import com.foretaste.infrastructure.time.ClockConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import static com.foretaste.infrastructure.architecture.ArchitectureRules.ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

class SystemClockTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.ALL;

    @Test
    void the_rule_sees_every_module_including_the_clock_bean() {
        assertThat(PRODUCTION.contain(Money.class)).isTrue();
        assertThat(PRODUCTION.contain(PlatformCalendar.class)).isTrue();
        assertThat(PRODUCTION.contain(ClockConfiguration.class)).isTrue();
        assertThat(PRODUCTION).noneMatch(javaClass -> javaClass.getPackageName().contains("archfixture"));
    }

    @Test
    void only_the_clock_bean_reads_the_system_clock() {
        ONLY_THE_CLOCK_BEAN_READS_THE_SYSTEM_CLOCK.check(PRODUCTION);
    }
}
