package com.foretaste.application.endofday;

import com.foretaste.application.calendar.InMemoryBusinessDateStore;
import com.foretaste.application.calendar.PlatformCalendar;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndOfDayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final InMemoryBusinessDateStore store = new InMemoryBusinessDateStore();
    private final PlatformCalendar calendar = new PlatformCalendar(store,
            Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));
    private final RecordingLog log = new RecordingLog();

    @Test
    void each_day_visits_only_the_aggregates_due_and_moves_the_business_date() {
        Work agreements = new Work("agreements", Map.of(MONDAY.plusDays(2), List.of("a1", "a2")), Set.of());

        new EndOfDay(calendar, List.of(agreements), log).run(UUID.randomUUID(), MONDAY.plusDays(3), () -> false);

        assertThat(agreements.visits).containsExactly("a1@2026-03-04", "a2@2026-03-04");
        assertThat(calendar.today()).isEqualTo(MONDAY.plusDays(3));
        assertThat(log.days).hasSize(3);
        assertThat(log.days.get(MONDAY.plusDays(2)).get("agreements")).isEqualTo(new EndOfDay.Counts(2, 2, 0));
        assertThat(log.finished).isTrue();
    }

    @Test
    void an_aggregate_that_fails_twice_is_recorded_and_the_run_carries_on() {
        Work agreements = new Work("agreements", Map.of(MONDAY.plusDays(1), List.of("a1", "broken", "a3")), Set.of("broken"));

        new EndOfDay(calendar, List.of(agreements), log).run(UUID.randomUUID(), MONDAY.plusDays(1), () -> false);

        assertThat(agreements.visits).containsExactly("a1@2026-03-03", "a3@2026-03-03");
        assertThat(log.failures).containsExactly("agreements/broken@2026-03-03: broken cannot be observed");
        assertThat(log.days.get(MONDAY.plusDays(1)).get("agreements")).isEqualTo(new EndOfDay.Counts(3, 2, 1));
        assertThat(calendar.today()).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void instruments_are_visited_in_their_registered_order_within_a_day() {
        List<String> order = new ArrayList<>();
        Work agreements = new Work("agreements", Map.of(MONDAY.plusDays(1), List.of("a1")), Set.of(), order);
        Work policies = new Work("policies", Map.of(MONDAY.plusDays(1), List.of("p1")), Set.of(), order);

        new EndOfDay(calendar, List.of(agreements, policies), log).run(UUID.randomUUID(), MONDAY.plusDays(1), () -> false);

        assertThat(order).containsExactly("a1@2026-03-03", "p1@2026-03-03");
    }

    @Test
    void a_run_stopped_by_a_shutdown_leaves_the_day_open_and_resumes_there() {
        Work agreements = new Work("agreements", Map.of(MONDAY.plusDays(1), List.of("a1", "a2")), Set.of());
        UUID run = UUID.randomUUID();

        assertThatThrownBy(() -> new EndOfDay(calendar, List.of(agreements), log).run(run, MONDAY.plusDays(1), () -> true))
                .isInstanceOf(EndOfDay.Interrupted.class);
        assertThat(calendar.today()).isEqualTo(MONDAY);
        assertThat(log.finished).isFalse();

        new EndOfDay(calendar, List.of(agreements), log).run(run, MONDAY.plusDays(1), () -> false);
        assertThat(calendar.today()).isEqualTo(MONDAY.plusDays(1));
        assertThat(log.finished).isTrue();
    }

    @Test
    void a_failure_of_the_platform_holds_no_aggregate_and_stops_the_run_for_a_retry() {
        Work agreements = new Work("agreements", Map.of(MONDAY.plusDays(1), List.of("a1", "offline", "a3")), Set.of()) {
            @Override
            public boolean visit(String aggregateId, LocalDate day) {
                if (aggregateId.equals("offline")) {
                    throw new EndOfDay.PlatformUnavailable(aggregateId, new IllegalStateException("connection refused"));
                }
                return super.visit(aggregateId, day);
            }
        };

        assertThatThrownBy(() -> new EndOfDay(calendar, List.of(agreements), log)
                .run(UUID.randomUUID(), MONDAY.plusDays(1), () -> false)).isInstanceOf(EndOfDay.PlatformUnavailable.class);

        assertThat(log.failures).isEmpty();
        assertThat(calendar.today()).as("the day stays open for the retry").isEqualTo(MONDAY);
    }

    /** One instrument's work: the aggregates due by day; visiting a broken one always fails. */
    private static class Work implements EndOfDay.DateDrivenWork {
        private final String name;
        private final Map<LocalDate, List<String>> due;
        private final Set<String> broken;
        private final List<String> visits;

        Work(String name, Map<LocalDate, List<String>> due, Set<String> broken) {
            this(name, due, broken, new ArrayList<>());
        }

        Work(String name, Map<LocalDate, List<String>> due, Set<String> broken, List<String> visits) {
            this.name = name;
            this.due = due;
            this.broken = broken;
            this.visits = visits;
        }

        @Override
        public String instrument() {
            return name;
        }

        @Override
        public List<String> due(LocalDate day) {
            return due.getOrDefault(day, List.of());
        }

        @Override
        public boolean visit(String aggregateId, LocalDate day) {
            if (broken.contains(aggregateId)) {
                throw new IllegalStateException(aggregateId + " cannot be observed");
            }
            visits.add(aggregateId + "@" + day);
            return true;
        }
    }

    private final class RecordingLog implements EndOfDay.RunLog {
        private final Map<LocalDate, Map<String, EndOfDay.Counts>> days = new LinkedHashMap<>();
        private final List<String> failures = new ArrayList<>();
        private boolean finished;

        @Override
        public boolean dayClosed(UUID run, LocalDate day, Map<String, EndOfDay.Counts> counts) {
            days.put(day, new HashMap<>(counts));
            store.advanceTo(day);
            return true;
        }

        @Override
        public void failed(UUID run, String instrument, String aggregateId, LocalDate day, String reason) {
            failures.add(instrument + "/" + aggregateId + "@" + day + ": " + reason);
        }

        @Override
        public void finished(UUID run) {
            finished = true;
        }
    }
}
