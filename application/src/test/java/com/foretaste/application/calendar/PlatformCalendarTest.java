package com.foretaste.application.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 1 March 2026, 18:30 in UTC, is already 2 March in Shaanxi. */
    private static final Instant EVENING_UTC = Instant.parse("2026-03-01T18:30:00Z");
    private static final LocalDate SHAANXI_DATE = LocalDate.of(2026, 3, 2);

    private final InMemoryBusinessDateStore store = new InMemoryBusinessDateStore();

    @Test
    void the_first_business_date_is_the_clock_date_in_the_clock_zone() {
        PlatformCalendar calendar = new PlatformCalendar(store, Clock.fixed(EVENING_UTC, SHANGHAI));

        assertThat(calendar.today()).isEqualTo(SHAANXI_DATE);
        assertThat(store.current()).contains(SHAANXI_DATE);
        assertThat(store.initialisations()).isEqualTo(1);
    }

    @Test
    void once_set_the_business_date_does_not_follow_the_clock() {
        new PlatformCalendar(store, Clock.fixed(EVENING_UTC, SHANGHAI)).today();
        Clock tenDaysLater = Clock.fixed(EVENING_UTC.plusSeconds(10 * 86_400), SHANGHAI);

        PlatformCalendar calendar = new PlatformCalendar(store, tenDaysLater);

        assertThat(calendar.today()).isEqualTo(SHAANXI_DATE);
        assertThat(calendar.today()).isEqualTo(SHAANXI_DATE);
        assertThat(store.initialisations()).isEqualTo(1);
    }

    @Test
    void a_stored_business_date_wins_over_the_clock() {
        LocalDate closedUpTo = LocalDate.of(2025, 12, 31);
        InMemoryBusinessDateStore running = InMemoryBusinessDateStore.holding(closedUpTo);

        PlatformCalendar calendar = new PlatformCalendar(running, Clock.fixed(EVENING_UTC, SHANGHAI));

        assertThat(calendar.today()).isEqualTo(closedUpTo);
        assertThat(running.initialisations()).isZero();
    }

    @Test
    void a_date_another_instance_set_first_is_the_one_in_force() {
        LocalDate setElsewhere = LocalDate.of(2026, 2, 27);
        BusinessDateStore racing = new BusinessDateStore() {
            @Override
            public Optional<LocalDate> current() {
                return Optional.empty();
            }

            @Override
            public LocalDate initialiseIfAbsent(LocalDate date) {
                store.initialisedElsewhereAs(setElsewhere);
                return store.initialiseIfAbsent(date);
            }

            @Override
            public void advanceTo(LocalDate date) {
                store.advanceTo(date);
            }

            @Override
            public Optional<LocalDate> closingTo() {
                return store.closingTo();
            }

            @Override
            public void setClosingTo(LocalDate target) {
                store.setClosingTo(target);
            }

            @Override
            public void clearClosingTo() {
                store.clearClosingTo();
            }
        };

        PlatformCalendar calendar = new PlatformCalendar(racing, Clock.fixed(EVENING_UTC, SHANGHAI));

        assertThat(calendar.today()).isEqualTo(setElsewhere);
    }
}
