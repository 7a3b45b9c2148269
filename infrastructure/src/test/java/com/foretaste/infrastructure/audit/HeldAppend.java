package com.foretaste.infrastructure.audit;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A command whose transaction stays open, on a thread of its own, after its events were appended (their
 * global index taken), until the test commits it: an appender held up between its insert and its commit.
 */
final class HeldAppend implements AutoCloseable {

    private static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    private final CountDownLatch appended = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CompletableFuture<Void> done;
    private volatile long index;

    private HeldAppend(ConfigurableApplicationContext node, Runnable commands, String... aggregates) {
        TransactionTemplate transaction = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        String streams = String.join(",", Collections.nCopies(aggregates.length, "?"));
        done = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            commands.run();
            index = jdbc.queryForObject("SELECT min(head) FROM (SELECT max(global_index) AS head FROM domain_event_entry"
                    + " WHERE aggregate_identifier IN (" + streams + ") GROUP BY aggregate_identifier) heads", Long.class,
                    (Object[]) aggregates);
            appended.countDown();
            await(release);
        }), thread);
    }

    /**
     * Runs {@code commands} in a transaction of their own and answers once their events are appended,
     * uncommitted; each of {@code aggregates} must have its last event appended there.
     */
    static HeldAppend of(ConfigurableApplicationContext node, Runnable commands, String... aggregates) {
        HeldAppend held = new HeldAppend(node, commands, aggregates);
        held.done.exceptionally(failure -> {
            held.appended.countDown();
            return null;
        });
        await(held.appended);
        if (held.done.isCompletedExceptionally()) {
            held.done.join();
        }
        return held;
    }

    /** The global index of the first held event. */
    long index() {
        return index;
    }

    void commit() {
        release.countDown();
        done.join();
    }

    @Override
    public void close() {
        release.countDown();
        thread.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LONGEST_HOLD.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("held for longer than " + LONGEST_HOLD);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
