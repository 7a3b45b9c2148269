package com.foretaste.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where and with what the figures were measured: the machine, the JVM, PostgreSQL and the commit. */
record Machine(String cpu, int cores, String memory, String os, String jvm, String heap, String database, String commit) {

    static Machine here(String database) {
        return new Machine(procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal").map(Machine::kibToGib).orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), currentHeap(), database,
                currentCommit());
    }

    /** The system's load averages over 1, 5 and 15 minutes: other work on the machine slows the timings. */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" / ", fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The process's peak resident set size (VmHWM), when the system reports it. */
    static String peakRss() {
        return procLine("/proc/self/status", "VmHWM").map(Machine::kibToMib).orElse("unknown");
    }

    /** Starts a new peak (writes 5 to /proc/self/clear_refs, Linux 4.0 and later); false when the system refused. */
    static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String currentHeap() {
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:MaxRAM") || a.startsWith("-XX:+Use")).toList();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return (flags.isEmpty() ? "default" : String.join(" ", flags)) + " (max " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB; " + collectors + ")";
    }

    /** The short commit, marked when the work tree differs from it (the report itself aside). */
    private static String currentCommit() {
        String head = git("rev-parse", "--short", "HEAD");
        String changes = git("status", "--porcelain", "--", ".", ":(exclude)docs/performance.md");
        return head.isEmpty() ? "unknown" : changes.isEmpty() ? head : head + " with uncommitted changes";
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String kibToGib(String value) {
        return "%.1f GiB".formatted(Long.parseLong(value.replaceAll("\\D", "")) / (1024.0 * 1024.0));
    }

    private static String kibToMib(String value) {
        return "%d MiB".formatted(Long.parseLong(value.replaceAll("\\D", "")) / 1024);
    }
}
