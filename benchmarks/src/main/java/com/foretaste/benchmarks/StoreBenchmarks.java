package com.foretaste.benchmarks;

import com.foretaste.application.audit.Audit;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.audit.ProjectionRebuild;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The write path and what reads it, on one service and one schema, each against the same work done by
 * PostgreSQL (or the JDK's SHA-256) alone in the same run:
 * P1 appends of one event per command from concurrent callers, in-process and over HTTP, against
 * single-row INSERT commits of the same row size; read-model lag during P1; P6 store verification
 * against SHA-256 over the same bytes; P4 read-model rebuild against an ordered scan of the event
 * table; P3 a command on a long agreement against a short one (snapshots on); P2 HTTP latency at half
 * of P1's HTTP rate against INSERT latency at the same rate.
 */
final class StoreBenchmarks {

    record Settings(int callers, int agreements, int appends, int httpAppends, int longStream, int shortStream, int latencySeconds) {
    }

    /** A fixed amount of work done by callers: how long it took and each operation's latency. */
    record Rate(long operations, Duration wall, long p50Micros, long p99Micros) {
        double perSecond() {
            return wall.isZero() ? 0 : operations * 1e9 / wall.toNanos();
        }
    }

    /** How far the slowest event processor trailed the head of the store while writes came in, and after. */
    record Lag(long maxEvents, double meanEvents, int samples, Duration catchUp) {
    }

    record Verification(long events, long bytes, Duration ours, Duration rawSha256, boolean verified) {
    }

    record Rebuild(long events, int processors, Duration ours, Duration rawScan, boolean equal) {
    }

    record Load(int events, Duration ours, Duration raw) {
    }

    record Result(Settings settings, long payloadBytes, long metadataBytes, Rate inProcess, Lag inProcessLag, Rate http,
                  Lag httpLag, Rate rawInsert, String peakRssP1, Verification verification, Rebuild rebuild, Load longLoad,
                  Load shortLoad, double pacedRate, Rate pacedHttp, Rate pacedRaw, Duration setup, Duration bcryptCheck) {
    }

    private static final String FINDINGS = "{\"summary\": \"noise down 4 dB\", \"measuredResults\": [\"backlash 0.8 arcmin\"]}";
    private static final String RAW_TABLE = """
            CREATE TABLE raw_event (
                global_index bigserial NOT NULL PRIMARY KEY, aggregate_identifier varchar(255) NOT NULL,
                sequence_number bigint NOT NULL, type varchar(255), event_identifier varchar(255) NOT NULL UNIQUE,
                meta_data bytea, payload bytea NOT NULL, payload_revision varchar(255), payload_type varchar(255) NOT NULL,
                time_stamp varchar(255) NOT NULL, event_hash bytea, UNIQUE (aggregate_identifier, sequence_number))""";
    private static final String RAW_INSERT = """
            INSERT INTO raw_event (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,
                                   payload_revision, payload_type, time_stamp, event_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Target(String id, String licensee) {
    }

    @FunctionalInterface
    private interface Operation {
        void run(int caller, int i) throws Exception;
    }

    Result run(Settings s) throws Exception {
        try (BenchmarkDatabase db = BenchmarkDatabase.freshSchema("store"); Service service = Service.start(db)) {
            new BusinessDays(service).today();
            long setupStart = System.nanoTime();
            List<Target> targets = agreements(service, s.agreements(), s.callers());
            Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);
            service.awaitQuiet();
            CommandGateway gateway = service.bean(CommandGateway.class);
            int perCaller = s.appends() / s.callers();
            int slice = s.agreements() / s.callers();

            // P1 in-process
            Machine.resetPeakRss();
            Sampler inProcessSampler = new Sampler(service);
            Rate inProcess = callers(s.callers(), perCaller, (c, i) -> finding(gateway, targets.get(c * slice + i % slice)));
            Lag inProcessLag = inProcessSampler.stop();
            System.out.printf("P1 in-process: %.0f commands/s%n", inProcess.perSecond());

            // P1 over HTTP
            List<Http> http = targets.stream().map(t -> service.as(t.licensee())).toList();
            Sampler httpSampler = new Sampler(service);
            Rate overHttp = callers(s.callers(), s.httpAppends() / s.callers(), (c, i) -> {
                int n = c * slice + i % slice;
                http.get(n).post("/api/agreements/" + targets.get(n).id() + "/trial-findings", FINDINGS);
            });
            Lag httpLag = httpSampler.stop();
            System.out.printf("P1 HTTP: %.0f commands/s%n", overHttp.perSecond());

            // P1 raw: single-row INSERT commits of the rows the commands appended, same concurrency
            long[] sizes = service.jdbc().queryForObject("""
                    SELECT round(avg(octet_length(payload))), round(avg(octet_length(meta_data))) FROM domain_event_entry
                    WHERE payload_type LIKE '%TrialFindingsReported'""", (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});
            try (Connection c = connect(db); Statement st = c.createStatement()) {
                st.execute(RAW_TABLE);
            }
            List<RawWriter> writers = new ArrayList<>();
            for (int c = 0; c < s.callers(); c++) {
                writers.add(new RawWriter(db, (int) sizes[0], (int) sizes[1]));
            }
            Rate raw = callers(s.callers(), perCaller, (c, i) -> writers.get(c).insert());
            System.out.printf("P1 raw INSERT: %.0f commits/s%n", raw.perSecond());
            String peakRssP1 = Machine.peakRss();
            service.awaitQuiet();

            Verification verification = verify(service, db);
            System.out.printf("P6 verification: %s vs %s%n", verification.ours(), verification.rawSha256());
            Rebuild rebuild = rebuild(service, db);
            System.out.printf("P4 rebuild: %s vs %s%n", rebuild.ours(), rebuild.rawScan());

            // P3: a long and a short agreement, each grown by one caller in-process
            List<Target> streams = agreements(service, 2, 1);
            for (int i = 0; i < s.longStream(); i++) {
                finding(gateway, streams.get(0));
                if (i < s.shortStream()) {
                    finding(gateway, streams.get(1));
                }
                if (i % 1000 == 999) {
                    System.out.printf("P3 set-up: %,d events on the long agreement%n", i + 1);
                }
            }
            service.awaitQuiet();
            Load[] loads = load(gateway, db, streams, s);
            System.out.printf("P3 load: %s vs %s%n", loads[0].ours(), loads[1].ours());

            // P2: HTTP latency at half of P1's HTTP rate, INSERT latency at the same rate
            double rate = overHttp.perSecond() / 2;
            int count = (int) Math.max(s.callers(), rate * s.latencySeconds());
            int pacedPerCaller = count / s.callers();
            double interval = 1e9 * s.callers() / rate;
            Rate pacedHttp = paced(s.callers(), pacedPerCaller, interval, (c, i) -> {
                int n = c * slice + i % slice;
                http.get(n).post("/api/agreements/" + targets.get(n).id() + "/trial-findings", FINDINGS);
            });
            Rate pacedRaw = paced(s.callers(), pacedPerCaller, interval, (c, i) -> writers.get(c).insert());
            for (RawWriter w : writers) {
                w.close();
            }
            System.out.printf("P2 at %.0f/s: HTTP p50 %d us, raw p50 %d us%n", rate, pacedHttp.p50Micros(), pacedRaw.p50Micros());
            service.awaitQuiet();
            return new Result(s, sizes[0], sizes[1], inProcess, inProcessLag, overHttp, httpLag, raw, peakRssP1, verification,
                    rebuild, loads[0], loads[1], rate, pacedHttp, pacedRaw, setup, bcryptCheck());
        }
    }

    /** The median time of one bcrypt check at the service's cost (10), in this JVM: what HTTP Basic sign-in costs per request. */
    private static Duration bcryptCheck() {
        org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder encoder =
                new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10);
        String hash = encoder.encode("benchmark");
        long[] times = new long[11];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            encoder.matches("benchmark", hash);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return Duration.ofNanos(times[times.length / 2]);
    }

    /** Trials proposed by the university and accepted by each licensee, made over the API by {@code callers} callers. */
    private static List<Target> agreements(Service service, int count, int callers) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Target>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String licensee = i % 2 == 0 ? "qinling" : "weihe";
                made.add(pool.submit(() -> {
                    String id = service.as("university").post("/api/agreements", AgreementMix.proposal(Service.LICENSEES.get(licensee), 12, "LAPSE"))
                            .json().get("id").asText();
                    service.as(licensee).post("/api/agreements/" + id + "/acceptance", null);
                    return new Target(id, licensee);
                }));
            }
            List<Target> targets = new ArrayList<>();
            for (Future<Target> f : made) {
                targets.add(f.get());
            }
            return targets;
        }
    }

    /** One command recording one event, sent in-process with the metadata the API would give it. */
    private static void finding(CommandGateway gateway, Target target) {
        String commandId = UUID.randomUUID().toString();
        AgreementCommand command = new AgreementCommand.ReportTrialFindings(new AgreementId(UUID.fromString(target.id())),
                new OrganisationId(UUID.fromString(Service.LICENSEES.get(target.licensee()))), "noise down 4 dB",
                List.of("backlash 0.8 arcmin"));
        Map<String, Object> metadata = Map.of(MetadataKeys.COMMAND_ID, commandId, MetadataKeys.PRINCIPAL, target.licensee(),
                MetadataKeys.ORGANISATION, Service.LICENSEES.get(target.licensee()), MetadataKeys.ROLE, "LICENSEE");
        ExecuteAgreementCommand envelope = ExecuteAgreementCommand.of(command);
        Object outcome = gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, envelope, metadata),
                ExecuteAgreementCommand.class.getName()));
        if (outcome == null) {
            throw new IllegalStateException("no outcome for " + target.id());
        }
    }

    /** {@code callers} threads, each doing {@code perCaller} operations back to back. */
    private static Rate callers(int callers, int perCaller, Operation operation) throws Exception {
        return paced(callers, perCaller, 0, operation);
    }

    /**
     * {@code callers} threads, each doing {@code perCaller} operations, one every {@code intervalNanos}
     * (0: back to back). A paced operation's latency counts from when it was due, so a slow answer
     * that delays the next one is not hidden.
     */
    private static Rate paced(int callers, int perCaller, double intervalNanos, Operation operation) throws Exception {
        long[][] latencies = new long[callers][perCaller];
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        long[] start = new long[1];
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long offset = (long) (intervalNanos * caller / callers);
                    for (int i = 0; i < perCaller; i++) {
                        long due = intervalNanos == 0 ? System.nanoTime() : start[0] + offset + (long) (intervalNanos * i);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        operation.run(caller, i);
                        latencies[caller][i] = System.nanoTime() - due;
                    }
                    return null;
                }));
            }
            ready.await();
            start[0] = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start[0]);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Rate(all.length, wall, all[(int) (all.length * 0.50)] / 1000, all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1000);
    }

    /** Samples the read models' lag until stopped, then measures how long they take to catch up. */
    private static final class Sampler {
        private final Service service;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> samples = new ArrayList<>();
        private final Thread thread;

        Sampler(Service service) {
            this.service = service;
            this.thread = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    long lag = service.lag();
                    synchronized (samples) {
                        samples.add(lag);
                    }
                    Service.pause(100);
                }
            });
        }

        Lag stop() throws InterruptedException {
            running.set(false);
            thread.join();
            long stopped = System.nanoTime();
            while (service.lag() > 0) {
                Service.pause(10);
            }
            Duration catchUp = Duration.ofNanos(System.nanoTime() - stopped);
            synchronized (samples) {
                return new Lag(samples.stream().mapToLong(Long::longValue).max().orElse(0),
                        samples.stream().mapToLong(Long::longValue).average().orElse(0), samples.size(), catchUp);
            }
        }
    }

    /** One caller's connection for raw single-row INSERT commits (autocommit), rows like the commands' own. */
    private static final class RawWriter implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement insert;
        private final byte[] payload;
        private final byte[] metadata;
        private final String aggregate = UUID.randomUUID().toString();
        private long sequence;

        RawWriter(BenchmarkDatabase db, int payloadBytes, int metadataBytes) throws SQLException {
            this.connection = connect(db);
            this.connection.setAutoCommit(true);
            this.insert = connection.prepareStatement(RAW_INSERT);
            this.payload = filler(payloadBytes);
            this.metadata = filler(metadataBytes);
        }

        void insert() throws SQLException {
            insert.setString(1, aggregate);
            insert.setLong(2, sequence++);
            insert.setString(3, "Agreement");
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, metadata);
            insert.setBytes(6, payload);
            insert.setString(7, null);
            insert.setString(8, "com.foretaste.domain.licensing.agreement.AgreementEvent$TrialFindingsReported");
            insert.setString(9, java.time.Instant.now().toString());
            insert.setBytes(10, EventHashLike.random32());
            insert.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }

        private static byte[] filler(int n) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) ('a' + i % 26);
            }
            return bytes;
        }
    }

    private static final class EventHashLike {
        static byte[] random32() {
            byte[] b = new byte[32];
            java.util.concurrent.ThreadLocalRandom.current().nextBytes(b);
            return b;
        }
    }

    /**
     * P6: the service's full verification (read every stream, recompute every chained hash), against
     * SHA-256 over the same fields of every event, already in memory, in this JVM. Second pass of each timed.
     */
    private static Verification verify(Service service, BenchmarkDatabase db) throws Exception {
        Audit audit = service.bean(Audit.class);
        audit.verifyAll();
        long t0 = System.nanoTime();
        Audit.Verification v = audit.verifyAll();
        Duration ours = Duration.ofNanos(System.nanoTime() - t0);
        List<byte[][]> events = new ArrayList<>();
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("""
                    SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                           payload_revision, payload, meta_data FROM domain_event_entry ORDER BY global_index""")) {
                while (rs.next()) {
                    byte[][] fields = new byte[9][];
                    for (int i = 0; i < 7; i++) {
                        String text = rs.getString(i + 1);
                        fields[i] = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
                    }
                    fields[7] = rs.getBytes(8);
                    fields[8] = rs.getBytes(9) == null ? new byte[0] : rs.getBytes(9);
                    events.add(fields);
                }
            }
        }
        long bytes = events.stream().flatMap(Arrays::stream).mapToLong(b -> b.length).sum();
        sha256(events);
        long t1 = System.nanoTime();
        sha256(events);
        Duration raw = Duration.ofNanos(System.nanoTime() - t1);
        return new Verification(v.events(), bytes, ours, raw, v.verified());
    }

    /** One digest per event, chained like the store's: the previous hash, then the event's fields. */
    private static byte[] sha256(List<byte[][]> events) throws Exception {
        byte[] previous = new byte[32];
        for (byte[][] fields : events) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            for (byte[] field : fields) {
                digest.update(field);
            }
            previous = digest.digest();
        }
        return previous;
    }

    /** P4: the service's rebuild of every read model, against one ordered scan of the event table reading every row. */
    private static Rebuild rebuild(Service service, BenchmarkDatabase db) throws Exception {
        long events = service.jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        ProjectionRebuild rebuild = service.bean(ProjectionRebuild.class);
        long t0 = System.nanoTime();
        ProjectionRebuild.Result result = rebuild.rebuild();
        Duration ours = Duration.ofNanos(System.nanoTime() - t0);
        service.awaitQuiet();
        long t1 = System.nanoTime();
        long bytes = 0;
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("""
                    SELECT global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,
                           payload_revision, payload_type, time_stamp FROM domain_event_entry ORDER BY global_index""")) {
                while (rs.next()) {
                    bytes += rs.getBytes(7).length + rs.getString(2).length();
                    byte[] meta = rs.getBytes(6);
                    bytes += meta == null ? 0 : meta.length;
                }
            }
        }
        Duration raw = Duration.ofNanos(System.nanoTime() - t1);
        if (bytes == 0) {
            throw new IllegalStateException("the scan read nothing");
        }
        return new Rebuild(events, result.processors().size(), ours, raw, result.equal());
    }

    /**
     * P3: the median time of one more command (load from the latest snapshot plus later events, decide,
     * append) on each agreement, against reading the same snapshot row and later event rows with JDBC.
     */
    private static Load[] load(CommandGateway gateway, BenchmarkDatabase db, List<Target> streams, Settings s) throws Exception {
        int rounds = 31;
        long[][] ours = new long[2][rounds];
        long[][] raw = new long[2][rounds];
        try (Connection c = connect(db)) {
            for (int r = 0; r < rounds + 5; r++) {
                for (int k = 0; k < 2; k++) {
                    long t0 = System.nanoTime();
                    finding(gateway, streams.get(k));
                    long t1 = System.nanoTime();
                    readStream(c, streams.get(k).id());
                    long t2 = System.nanoTime();
                    if (r >= 5) {
                        ours[k][r - 5] = t1 - t0;
                        raw[k][r - 5] = t2 - t1;
                    }
                }
            }
        }
        int[] sizes = {s.longStream(), s.shortStream()};
        Load[] loads = new Load[2];
        for (int k = 0; k < 2; k++) {
            Arrays.sort(ours[k]);
            Arrays.sort(raw[k]);
            loads[k] = new Load(sizes[k], Duration.ofNanos(ours[k][rounds / 2]), Duration.ofNanos(raw[k][rounds / 2]));
        }
        return loads;
    }

    /** What loading reads: the latest snapshot of the aggregate and the events after it. */
    private static void readStream(Connection c, String aggregateId) throws SQLException {
        long from = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT sequence_number, payload, meta_data FROM snapshot_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""")) {
            ps.setString(1, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    from = rs.getLong(1) + 1;
                    rs.getBytes(2);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT sequence_number, payload, meta_data FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number""")) {
            ps.setString(1, aggregateId);
            ps.setLong(2, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getBytes(2);
                }
            }
        }
    }

    private static Connection connect(BenchmarkDatabase db) throws SQLException {
        return DriverManager.getConnection(db.url(), BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD);
    }
}
