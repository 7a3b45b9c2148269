package com.foretaste.infrastructure.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * One chaos run: two nodes on one fresh schema, clients sending commands to both, and a node killed with
 * SIGKILL after a random number of further acknowledgements (so always with requests in flight), then started
 * again, {@code kills} times. Afterwards every acknowledged command is sent again with its key, one node is
 * stopped in order, and once the read models caught up the store, the read models and the chain are checked.
 */
final class ChaosRun {

    /** {@code minutes}: when above zero, no kill starts after that many minutes, however many were asked. */
    record Settings(int kills, int clients, long seed, int minutes) {
    }

    /** Kills come after 1 to this many acknowledgements since the node last killed was ready again. */
    private static final int MOST_ACKNOWLEDGEMENTS_BETWEEN_KILLS = 40;
    private static final int NODES = 2;
    /** Load after the last kill, with both nodes up again. */
    private static final int TRAILING_ACKNOWLEDGEMENTS = 50;
    /** About how many of the acknowledged commands that needed one attempt are sent again at the end. */
    private static final int REPEATED_AFTERWARDS = 500;

    private final Settings settings;
    private final Random random;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong acknowledged = new AtomicLong();
    private final Delivery.Tally tally = new Delivery.Tally();
    private int failedStarts;

    ChaosRun(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    ChaosReport run() throws Exception {
        long started = System.nanoTime();
        PostgresSchema schema = PostgresSchema.create();
        try (ChaosNodes nodes = new ChaosNodes(schema, NODES)) {
            for (int i = 0; i < NODES; i++) {
                failedStarts += nodes.start(i);
                nodes.api(i, "university").get("/api/agreements");
            }
            List<ChaosClient> clients = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                Random own = new Random(settings.seed() + i + 1);
                clients.add(new ChaosClient(i + 1, new Delivery(nodes, own, tally), own, stop, acknowledged));
            }
            ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
            List<Future<?>> running = clients.stream().<Future<?>>map(pool::submit).toList();
            int kills;
            try {
                kills = killAndRestart(nodes, running);
            } finally {
                stop.set(true);
                pool.shutdown();
            }
            if (!pool.awaitTermination(Delivery.GIVE_UP_AFTER.toMinutes() + 2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the clients did not end");
            }
            for (Future<?> client : running) {
                client.get();
            }
            List<SentCommand> sent = clients.stream().flatMap(c -> c.sent().stream()).toList();
            repeatAfterTheChaos(nodes, sent);
            return check(schema, nodes, sent, kills, started);
        }
    }

    /**
     * Sends again, with both nodes up, every acknowledged command that needed more than one attempt and a sample
     * of the others: the outcomes stored before and across the kills must still come back as first answered.
     */
    private void repeatAfterTheChaos(ChaosNodes nodes, List<SentCommand> sent) {
        Delivery delivery = new Delivery(nodes, random, tally);
        List<SentCommand> acknowledged = sent.stream().filter(SentCommand::isAcknowledged).toList();
        double sampled = Math.min(1.0, (double) REPEATED_AFTERWARDS / Math.max(1, acknowledged.size()));
        acknowledged.stream().filter(c -> c.attempts > 1 || random.nextDouble() < sampled).forEach(delivery::repeat);
    }

    private int killAndRestart(ChaosNodes nodes, List<Future<?>> clients) throws InterruptedException {
        int kills = 0;
        long budgetEnds = System.nanoTime() + Duration.ofMinutes(settings.minutes()).toNanos();
        while (kills < settings.kills() && (settings.minutes() <= 0 || System.nanoTime() - budgetEnds < 0)) {
            long target = acknowledged.get() + 1 + random.nextInt(MOST_ACKNOWLEDGEMENTS_BETWEEN_KILLS);
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged.get() >= target || clients.stream().anyMatch(Future::isDone));
            if (clients.stream().anyMatch(Future::isDone)) {
                return kills;
            }
            int victim = random.nextInt(nodes.size());
            nodes.kill(victim);
            kills++;
            failedStarts += nodes.start(victim);
        }
        long more = acknowledged.get() + TRAILING_ACKNOWLEDGEMENTS;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged.get() >= more || clients.stream().anyMatch(Future::isDone));
        return kills;
    }

    private ChaosReport check(PostgresSchema schema, ChaosNodes nodes, List<SentCommand> sent, int kills, long started)
            throws Exception {
        for (int i = 1; i < nodes.size(); i++) {
            nodes.stop(i);
        }
        StoreCheck store = new StoreCheck(schema);
        store.awaitProcessorsAtHead(Duration.ofMinutes(3));
        Api operator = nodes.api(0, "operator").withTimeout(Duration.ofMinutes(10));
        Api.Response rebuild = operator.post("/api/audit/projections/rebuild", null);
        Api.Response verification = operator.post("/api/audit/verification", "{}");
        StoreCheck.Findings findings = store.check(sent);
        List<String> wrong = sent.stream().flatMap(c -> c.wrongAnswers.stream()).toList();
        int acked = count(sent, c -> true);
        return new ChaosReport(settings.seed(), nodes.size(), settings.clients(), settings.kills(), kills, failedStarts,
                sent.size(), acked, sent.size() - acked, findings.recordedUnanswered(), tally.attempts.sum(),
                tally.unanswered.sum(), tally.serverErrors.sum(), tally.transientConflicts.sum(),
                tally.repeatsChecked.sum(), tally.answersRecovered.sum(), count(sent, c -> c.kind == SentCommand.Kind.PAY),
                findings.events(), findings.commandEvents(), findings.lost(), findings.doubled(), wrong,
                findings.problems(), isTrue(rebuild, "equal"), summary(rebuild), isTrue(verification, "verified"),
                summary(verification), Duration.ofNanos(System.nanoTime() - started));
    }

    private static int count(List<SentCommand> sent, Predicate<SentCommand> acknowledgedAnd) {
        return (int) sent.stream().filter(c -> c.isAcknowledged() && acknowledgedAnd.test(c)).count();
    }

    private static boolean isTrue(Api.Response answer, String field) {
        JsonNode json = answer.json();
        return answer.status() == 200 && json != null && json.path(field).asBoolean(false);
    }

    private static String summary(Api.Response answer) {
        JsonNode json = answer.json();
        if (json == null || answer.status() != 200) {
            return answer.status() + " " + answer.text();
        }
        return json.has("rows") ? "rows " + json.get("rows") + ", differences " + json.get("differences")
                : "streams " + json.path("streams") + ", events " + json.path("events")
                + ", firstBroken " + json.path("firstBroken");
    }
}
