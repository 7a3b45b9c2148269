package com.foretaste.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.foretaste.benchmarks.EndOfDayReport.count;

/** The write-path benchmarks' figures (P1, P2, P3, P4, P6) as report rows and details. */
final class StoreReport {

    private StoreReport() {
    }

    static PerformanceReport.Section of(StoreBenchmarks.Result r) {
        StoreBenchmarks.Settings s = r.settings();
        List<PerformanceReport.Row> rows = new ArrayList<>();
        String p1 = "P1 appends, %d callers".formatted(s.callers());
        rows.add(row(p1, "in-process (command gateway): commands of one event per second vs INSERT commits per second",
                r.inProcess().perSecond(), r.rawInsert().perSecond(), "%.0f"));
        rows.add(row(p1, "over HTTP: commands of one event per second vs INSERT commits per second",
                r.http().perSecond(), r.rawInsert().perSecond(), "%.0f"));
        rows.add(new PerformanceReport.Row(p1, "peak RSS of the service's JVM during P1 (heap in the JVM line above)",
                r.peakRssP1(), null, null));
        rows.add(new PerformanceReport.Row("P4 read-model lag during P1 in-process", "most events behind / catch-up after the last command",
                count(r.inProcessLag().maxEvents()) + " / " + ms(r.inProcessLag().catchUp()), null, null));
        rows.add(new PerformanceReport.Row("P4 read-model lag during P1 over HTTP", "most events behind / catch-up after the last command",
                count(r.httpLag().maxEvents()) + " / " + ms(r.httpLag().catchUp()), null, null));
        StoreBenchmarks.Verification v = r.verification();
        rows.add(row("P6 store verification, %s events".formatted(count(v.events())),
                "MB/s verified vs MB/s of SHA-256 over the same bytes in this JVM (raw SHA-256, not PostgreSQL)",
                v.bytes() / 1e6 / seconds(v.ours()), v.bytes() / 1e6 / seconds(v.rawSha256()), "%.1f"));
        StoreBenchmarks.Rebuild b = r.rebuild();
        rows.add(row("P4 read-model rebuild, %s events, %d processor(s)".formatted(count(b.events()), b.processors()),
                "events per second per processor (events x processors / wall time) vs ordered scan of the event table",
                b.events() * (double) b.processors() / seconds(b.ours()), b.events() / seconds(b.rawScan()), "%.0f"));
        for (StoreBenchmarks.Load load : List.of(r.longLoad(), r.shortLoad())) {
            rows.add(new PerformanceReport.Row("P3 aggregate load, %s-event agreement, snapshots on".formatted(count(load.events())),
                    "median ms of one more command (load, decide, append) vs reading the snapshot and later events",
                    "%.2f".formatted(ms2(load.ours())), "%.2f".formatted(ms2(load.raw())),
                    ratio(ms2(load.ours()), ms2(load.raw()))));
        }
        rows.add(new PerformanceReport.Row("P3 aggregate load, long against short stream",
                "median ms of one more command on the %s-event agreement vs on the %s-event one (the target: within 2x)"
                        .formatted(count(r.longLoad().events()), count(r.shortLoad().events())),
                "%.2f".formatted(ms2(r.longLoad().ours())), "%.2f".formatted(ms2(r.shortLoad().ours())),
                ratio(ms2(r.longLoad().ours()), ms2(r.shortLoad().ours()))));
        String p2 = "P2 latency at %.0f/s (half of P1 over HTTP)".formatted(r.pacedRate());
        rows.add(new PerformanceReport.Row(p2, "HTTP command p50 ms vs INSERT commit p50 ms at the same rate",
                "%.2f".formatted(r.pacedHttp().p50Micros() / 1000.0), "%.2f".formatted(r.pacedRaw().p50Micros() / 1000.0),
                ratio(r.pacedHttp().p50Micros(), r.pacedRaw().p50Micros())));
        rows.add(new PerformanceReport.Row(p2, "HTTP command p99 ms vs INSERT commit p99 ms at the same rate",
                "%.2f".formatted(r.pacedHttp().p99Micros() / 1000.0), "%.2f".formatted(r.pacedRaw().p99Micros() / 1000.0),
                ratio(r.pacedHttp().p99Micros(), r.pacedRaw().p99Micros())));
        return new PerformanceReport.Section(rows, details(r));
    }

    private static String details(StoreBenchmarks.Result r) {
        StoreBenchmarks.Settings s = r.settings();
        StringBuilder md = new StringBuilder("### Write path, read models, verification (P1 to P4, P6)\n\n");
        md.append("""
                One service on a fresh schema, %s trials (proposed and accepted over the API). Every command is a
                licensee's trial findings (`ReportTrialFindings`), which records one event; each of %d callers sends
                its share of %s commands (%s over HTTP) back to back, round-robin over its own %s agreements (made in %s
                with %d callers, two HTTP calls each). In-process, commands
                go through the command gateway with the metadata the API would set (principal, organisation,
                role, command id); over HTTP, `POST /api/agreements/{id}/trial-findings` with HTTP Basic, whose
                answer shows the agreement as the command left it. The raw figure: the same %d callers, each on its own JDBC
                connection, commit single-row INSERTs (autocommit) into a table shaped like `domain_event_entry`
                (same columns, keys and unique constraints) with rows of the appended events' average size
                (payload %d bytes, metadata %d bytes), %s rows in all.

                | phase | operations | wall time | per second | p50 ms | p99 ms |
                |---|---:|---:|---:|---:|---:|
                """.formatted(count(s.agreements()), s.callers(), count(s.appends()), count(s.httpAppends()),
                count(s.agreements() / s.callers()), ms(r.setup()), s.callers(),
                s.callers(), r.payloadBytes(), r.metadataBytes(), count(r.rawInsert().operations())));
        phase(md, "P1 in-process", r.inProcess());
        phase(md, "P1 over HTTP", r.http());
        phase(md, "P1 raw INSERT", r.rawInsert());
        phase(md, "P2 over HTTP, paced at %.0f/s".formatted(r.pacedRate()), r.pacedHttp());
        phase(md, "P2 raw INSERT, paced at %.0f/s".formatted(r.pacedRate()), r.pacedRaw());
        md.append("""

                HTTP Basic sign-in checks the caller's password against its bcrypt hash (cost 10, the service's
                `foretaste.security.password-strength`) once, then remembers the match for five minutes (so the
                16 callers pay it once each); one such check takes %s (median of 11) in this JVM, measured in the
                same run. Paced latencies (P2) count from when each operation was due, so a late answer that delays the next
                one is not hidden. Read-model lag is sampled every 100 ms during P1 as the head of the event store
                minus the position of the slowest event processor's token: in-process %s samples, mean %.0f events
                behind; over HTTP %s samples, mean %.0f events behind. *Catch-up*: from the last command until every
                processor reached the head.

                P6: `Audit.verifyAll` (every stream read back from PostgreSQL, every chained hash recomputed), second
                of two runs, %s; %s of event fields hashed (payload, metadata and the text columns); raw: SHA-256,
                one digest per event chained to the previous, over the same fields already in memory, second of two
                runs, %s. Verified: %s.

                P4: `ProjectionRebuild.rebuild` resets and replays each of %d processor(s) in turn and compares its
                tables (%s; tables equal: %s); raw: one JDBC scan of the event table in `global_index` order
                reading every row (fetch size 1,000), %s.

                P3: one agreement grown to %s trial-findings events and one to %s, in-process, snapshots every 50
                events (the service's setting); then 31 timed rounds (after 5 untimed) of one more command on each,
                and, after it, a JDBC read of what loading reads (the latest snapshot and the events after it). The
                agreement's state does not change with findings (evolve keeps it as it was), so both snapshots are
                the same size and a load reads at most 49 events after the snapshot.
                """.formatted(msExact(r.bcryptCheck()), r.inProcessLag().samples(), r.inProcessLag().meanEvents(), r.httpLag().samples(),
                r.httpLag().meanEvents(), ms(r.verification().ours()), mb(r.verification().bytes()),
                ms(r.verification().rawSha256()), r.verification().verified(), r.rebuild().processors(), ms(r.rebuild().ours()),
                r.rebuild().equal(), ms(r.rebuild().rawScan()), count(s.longStream()), count(s.shortStream())));
        return md.toString();
    }

    private static void phase(StringBuilder md, String name, StoreBenchmarks.Rate rate) {
        md.append("| %s | %s | %s | %.0f | %.2f | %.2f |%n".formatted(name, count(rate.operations()), ms(rate.wall()),
                rate.perSecond(), rate.p50Micros() / 1000.0, rate.p99Micros() / 1000.0));
    }

    private static PerformanceReport.Row row(String benchmark, String figure, double ours, double raw, String format) {
        return new PerformanceReport.Row(benchmark, figure, String.format(Locale.ROOT, format, ours),
                String.format(Locale.ROOT, format, raw), ratio(ours, raw));
    }

    static String ratio(double ours, double raw) {
        return raw == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", ours / raw);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double ms2(Duration d) {
        return d.toNanos() / 1e6;
    }

    private static String ms(Duration d) {
        return d.toMillis() >= 10_000 ? EndOfDayReport.seconds(d) : "%d ms".formatted(d.toMillis());
    }

    private static String msExact(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
