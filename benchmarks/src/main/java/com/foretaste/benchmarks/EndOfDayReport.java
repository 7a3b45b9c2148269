package com.foretaste.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The end-of-day benchmark's figures as report rows and a details table. */
final class EndOfDayReport {

    private EndOfDayReport() {
    }

    static PerformanceReport.Section of(EndOfDayBenchmark.Result result) {
        EndOfDayBenchmark.Settings s = result.settings();
        List<PerformanceReport.Row> rows = new ArrayList<>();
        for (EndOfDayFigures run : result.runs()) {
            String name = "End of day, %s agreements, %s".formatted(count(s.agreements()), days(run.days()));
            rows.add(new PerformanceReport.Row(name, "agreements loaded (visits; every agreement every day would be %s)"
                    .formatted(count(run.visitsOfEveryAgreementEveryDay())), count(run.visited()), null, null));
            rows.add(new PerformanceReport.Row(name, "visits that found nothing due", count(run.visitsWithNothingDue()), null, null));
            rows.add(new PerformanceReport.Row(name, "date-driven events per second", "%.0f".formatted(run.eventsPerSecond()), null, null));
            rows.add(new PerformanceReport.Row(name, "wall time of the run", seconds(run.wall()), null, null));
        }
        return new PerformanceReport.Section(rows, details(result));
    }

    private static String details(EndOfDayBenchmark.Result result) {
        EndOfDayBenchmark.Settings s = result.settings();
        StringBuilder md = new StringBuilder("### End of day\n\n");
        md.append("%s agreements made over the API across %d business days, each day closed (%s): %s. Then one run closes 1 day and the next %s.%n%n"
                .formatted(count(s.agreements()), s.setupDays(), seconds(result.setup()), mix(result), days(s.days())));
        md.append("| run | instrument | visited | changed | failed | date-driven commands processed | aggregate-days with new events"
                + " | aggregates with new events | events appended | events/s | wall time | until quiet |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EndOfDayFigures run : result.runs()) {
            for (EndOfDayFigures.Instrument i : run.instruments()) {
                md.append("| %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s | %.0f | %s | %s |%n".formatted(days(run.days()),
                        run.state(), i.type(), count(i.visited()), count(i.changed()), count(i.failed()),
                        count(i.commandsProcessed()), count(i.aggregateDaysWithEvents()), count(i.aggregatesWithEvents()),
                        count(i.events()), run.eventsPerSecond(), seconds(run.wall()), seconds(run.untilQuiet())));
            }
        }
        md.append("""

                *visited*, *changed* (the visit recorded at least one event) and *failed* are the run's own counts.
                The next three are counted from the store after the run: `processed_command` rows of the
                instrument's aggregates stamped during the run, and distinct aggregates (and aggregate and business
                date) among the events carrying the run's correlation id. *Wall time*: from the request to the run's
                end as the run records them; *until quiet*: from the request until the digest that ends a run was taken
                and the read models caught up, measured by the benchmark.
                """);
        return md.toString();
    }

    private static String mix(EndOfDayBenchmark.Result result) {
        return result.mix().entrySet().stream()
                .map(e -> count(e.getValue()) + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
    }
}
