package com.foretaste.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark set and writes its figures into docs/performance.md (see benchmarks/run).
 * Options: {@code --agreements N} (10000), {@code --setup-days N} (30), {@code --days N} (40),
 * {@code --report PATH} (docs/performance.md; {@code none} prints only); for the write-path set (P1 to P4, P6):
 * {@code --callers N} (16), {@code --store-agreements N} (256), {@code --appends N} (8000, in-process and raw),
 * {@code --http-appends N} (1600),
 * {@code --long-stream N} (10000), {@code --short-stream N} (100), {@code --latency-seconds N} (15);
 * {@code --only store|eod|all} (all).
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

        StoreBenchmarks.Settings store = new StoreBenchmarks.Settings(
                Integer.parseInt(options.getOrDefault("callers", "16")),
                Integer.parseInt(options.getOrDefault("store-agreements", "256")),
                Integer.parseInt(options.getOrDefault("appends", "8000")),
                Integer.parseInt(options.getOrDefault("http-appends", "1600")),
                Integer.parseInt(options.getOrDefault("long-stream", "10000")),
                Integer.parseInt(options.getOrDefault("short-stream", "100")),
                Integer.parseInt(options.getOrDefault("latency-seconds", "15")));
        String only = options.getOrDefault("only", "all");

        List<PerformanceReport.Section> sections = new ArrayList<>();
        if (!"eod".equals(only)) {
            sections.add(StoreReport.of(new StoreBenchmarks().run(store)));
        }
        if (!"store".equals(only)) {
            boolean reset = Machine.resetPeakRss();
            PerformanceReport.Section endOfDaySection = EndOfDayReport.of(new EndOfDayBenchmark().run(endOfDay));
            List<PerformanceReport.Row> rows = new ArrayList<>(endOfDaySection.rows());
            rows.add(new PerformanceReport.Row("P5 end of day", reset
                    ? "peak RSS of the service's JVM during P5 (set-up and both runs; heap in the JVM line above)"
                    : "peak RSS of the service's JVM up to the end of P5 (the peak could not be reset before it)",
                    Machine.peakRss(), null, null));
            sections.add(new PerformanceReport.Section(rows, endOfDaySection.details()));
        }

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
