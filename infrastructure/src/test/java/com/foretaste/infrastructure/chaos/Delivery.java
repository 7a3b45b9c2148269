package com.foretaste.infrastructure.chaos;

import com.foretaste.infrastructure.support.Api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import static org.awaitility.Awaitility.await;

/**
 * Delivers a command as a careful client does: to any node that is up, with its Idempotency-Key, and again
 * with the same key (to either node) until it gets an answer that is not transient. No answer (connection
 * refused or reset, no answer in time), a server error (5xx) and the conflicts the service calls transient
 * (another request with the key still running, a concurrent change, an end-of-day run) are retried. Every
 * other refusal is a wrong answer: the clients send only commands that are valid in turn.
 */
final class Delivery {

    static final Duration ANSWER_LIMIT = Duration.ofSeconds(20);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    private static final Set<String> TRANSIENT_CONFLICTS = Set.of("request-in-progress", "concurrent-modification",
            "end-of-day-running", "held-by-end-of-day");

    /** What the attempts met, over all clients. */
    static final class Tally {
        final LongAdder attempts = new LongAdder();
        final LongAdder unanswered = new LongAdder();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder transientConflicts = new LongAdder();
        final LongAdder repeatsChecked = new LongAdder();
        /** Commands recorded by an attempt whose answer was lost, answered on a retry from the stored outcome. */
        final LongAdder answersRecovered = new LongAdder();
    }

    private final ChaosNodes nodes;
    private final Random random;
    private final Tally tally;

    Delivery(ChaosNodes nodes, Random random, Tally tally) {
        this.nodes = nodes;
        this.random = random;
        this.tally = tally;
    }

    /** Sends {@code command} until it is acknowledged, refused for good, or {@link #GIVE_UP_AFTER} has passed. */
    void deliver(SentCommand command) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() - deadline < 0) {
            int node = nodeUp();
            command.attempts++;
            tally.attempts.increment();
            Optional<Api.Response> answer;
            try {
                answer = send(command, node);
            } catch (AssertionError offContract) {
                command.wrong("an answer off the OpenAPI contract: " + offContract.getMessage());
                return;
            }
            if (answer.isEmpty()) {
                tally.unanswered.increment();
            } else if (answer.get().status() / 100 == 2) {
                acknowledge(command, answer.get());
                return;
            } else if (isTransient(answer.get())) {
                (answer.get().status() >= 500 ? tally.serverErrors : tally.transientConflicts).increment();
            } else {
                command.refusal = answer.get();
                command.wrong("refused with " + answer.get().status() + " " + answer.get().text());
                return;
            }
            awaitNodeUp();
        }
    }

    private void acknowledge(SentCommand command, Api.Response answer) {
        command.acknowledged = answer;
        if (isReplay(answer)) {
            if (command.attempts == 1) {
                command.wrong("the first request with a fresh key was answered as a repeat: " + answer.text());
            }
            tally.answersRecovered.increment();
        }
    }

    /** Sends an acknowledged command once more, to a node at random: it must get the first success back. */
    void repeat(SentCommand command) {
        int node = nodeUp();
        try {
            send(command, node).filter(r -> !isTransient(r)).ifPresent(r -> {
                tally.repeatsChecked.increment();
                command.checkRepeat(r, nodes.base(node));
                if (!isReplay(r)) {
                    command.wrong("a repeat at " + nodes.base(node) + " was not answered as one");
                }
            });
        } catch (AssertionError offContract) {
            command.wrong("a repeat off the OpenAPI contract: " + offContract.getMessage());
        }
    }

    private Optional<Api.Response> send(SentCommand command, int node) {
        Api api = nodes.api(node, command.user).withHeader("Idempotency-Key", command.key).withTimeout(ANSWER_LIMIT);
        try {
            return Optional.of(api.post(command.path, command.body));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isReplay(Api.Response answer) {
        return answer.header("Idempotent-Replayed").map("true"::equals).orElse(false);
    }

    private static boolean isTransient(Api.Response answer) {
        if (answer.status() >= 500) {
            return true;
        }
        String type = answer.json() == null ? "" : answer.json().path("type").asText("");
        return answer.status() == 409 && TRANSIENT_CONFLICTS.stream().anyMatch(t -> type.endsWith(":" + t));
    }

    private int nodeUp() {
        return nodes.anyUp(random).orElseGet(this::awaitNodeUp);
    }

    /** A node that is up; after a failure this is also the pause before the next attempt (a poll interval at least). */
    private int awaitNodeUp() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> nodes.anyUp(random).isPresent());
        return nodes.anyUp(random).orElseThrow();
    }
}
