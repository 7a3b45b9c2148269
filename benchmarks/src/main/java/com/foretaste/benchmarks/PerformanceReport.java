package com.foretaste.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one benchmark set, written into docs/performance.md between two markers (the text
 * around them is left alone): one summary table, each row our figure, the raw PostgreSQL figure
 * measured in the same run where there is one, and their ratio; then each benchmark's details.
 */
final class PerformanceReport {

    static final String BEGIN = "<!-- benchmarks: written by benchmarks/run; everything up to the end marker is replaced -->";
    static final String END = "<!-- end of benchmarks -->";

    /** A summary row; {@code rawPostgres} is null where no baseline applies. */
    record Row(String benchmark, String figure, String ours, String rawPostgres, String ratio) {
    }

    /** One benchmark's part: its summary rows and its details in Markdown. */
    record Section(List<Row> rows, String details) {
    }

    private PerformanceReport() {
    }

    /** What the run itself left: the benchmark JVM's peak RSS, and the machine's load before and after. */
    record Conditions(String peakRss, String loadBefore, String loadAfter) {
    }

    static String render(Machine machine, LocalDate date, Conditions conditions, String command, List<Section> sections) {
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n");
        md.append("Measured on %s at commit `%s` with `%s`.%n%n".formatted(date, machine.commit(), command));
        md.append("- Machine: %s, %d cores, %s RAM; %s%n".formatted(machine.cpu(), machine.cores(), machine.memory(), machine.os()));
        md.append("- Load averages (1 / 5 / 15 min): %s before, %s after%n".formatted(conditions.loadBefore(), conditions.loadAfter()));
        md.append("- JVM: %s; heap %s; peak RSS of this JVM (benchmarks and service together) over the last benchmark %s%n".formatted(machine.jvm(), machine.heap(),
                conditions.peakRss()));
        md.append("- Database: %s, on the same machine%n%n".formatted(machine.database()));
        md.append("| benchmark | figure | ours | raw PostgreSQL | ratio |\n|---|---|---:|---:|---:|\n");
        sections.forEach(s -> s.rows().forEach(r -> md.append("| %s | %s | %s | %s | %s |%n".formatted(r.benchmark(),
                r.figure(), r.ours(), r.rawPostgres() == null ? "n/a" : r.rawPostgres(), r.ratio() == null ? "n/a" : r.ratio()))));
        sections.forEach(s -> md.append("\n").append(s.details().strip()).append("\n"));
        return md.append("\n").append(END).append("\n").toString();
    }

    /** Replaces the marked part of {@code file}, or appends it when the file has none yet. */
    static void write(Path file, String generated) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "# Performance\n\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + generated.strip() + text.substring(end + END.length())
                : text.stripTrailing() + "\n\n" + generated;
        Files.writeString(file, updated);
    }
}
