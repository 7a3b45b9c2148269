package com.foretaste.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark set and writes its figures into docs/performance.md (see benchmarks/run).
 * Options: {@code --agreements N} (10000), {@code --setup-days N} (30), {@code --days N} (40),
 * {@code --report PATH} (docs/performance.md; {@code none} prints only).
 */
public final class Benchmarks {

    static final String COMMAND = "benchmarks/run";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        EndOfDayBenchmark.Settings endOfDay = new EndOfDayBenchmark.Settings(
                Integer.parseInt(options.getOrDefault("agreements", "10000")),
                Integer.parseInt(options.getOrDefault("setup-days", "30")),
                Integer.parseInt(options.getOrDefault("days", "40")));
        Machine machine = Machine.here(BenchmarkDatabase.serverVersion());
        String loadBefore = Machine.load();

        List<PerformanceReport.Section> sections = List.of(EndOfDayReport.of(new EndOfDayBenchmark().run(endOfDay)));

        PerformanceReport.Conditions conditions = new PerformanceReport.Conditions(Machine.peakRss(), loadBefore, Machine.load());
        String report = PerformanceReport.render(machine, LocalDate.now(Clock.systemUTC()), conditions, COMMAND, sections);
        System.out.println(report);
        String target = options.getOrDefault("report", "docs/performance.md");
        if (!"none".equals(target)) {
            PerformanceReport.write(Path.of(target), report);
            System.out.println("Written to " + Path.of(target).toAbsolutePath());
        }
        System.exit(0);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
