package com.foretaste.infrastructure.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds the agreement read models from the events and compares them with what they held before:
 * the live tables are read, the processor's tokens reset (its reset handler empties the tables), the
 * events replayed up to the last event stored before the reset, and the tables read again. Run it when no commands are coming in,
 * or the comparison also shows what changed meanwhile.
 */
@Service
public class ProjectionRebuild {

    static final String PROCESSOR = "agreement-summary";
    /** Each read model table of the processor, with the columns that order its rows. */
    static final Map<String, String> TABLES = Map.of(
            "agreement_summary", "agreement_id",
            "agreement_finance", "agreement_id",
            "equity_stake", "agreement_id, swap_id");
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    public record Result(boolean equal, Map<String, Integer> rows, List<String> differences) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProjectionRebuild(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /**
     * Outside any caller's transaction: resetting the tokens and emptying the tables must commit
     * before the processor's own threads, which claim the tokens, can replay.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public synchronized Result rebuild() {
        Map<String, List<Map<String, Object>>> live = read();
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        StreamingEventProcessor processor = processing.eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + PROCESSOR));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitPosition(processor, head);
        Map<String, List<Map<String, Object>>> rebuilt = read();
        List<String> differences = new ArrayList<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            rows.put(table, rebuilt.get(table).size());
            if (!live.get(table).equals(rebuilt.get(table))) {
                differences.add(table + ": " + live.get(table).size() + " rows before, " + rebuilt.get(table).size()
                        + " rebuilt, and their contents differ");
            }
        }
        return new Result(differences.isEmpty(), rows, differences);
    }

    private Map<String, List<Map<String, Object>>> read() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, order) -> tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + order)));
        return tables;
    }

    /** Waits until every segment has processed the event store up to {@code head}, the last event before the reset. */
    private static void awaitPosition(StreamingEventProcessor processor, long head) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!reached(processor, head)) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the rebuild did not reach the head of the event store in " + TIMEOUT);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static boolean reached(StreamingEventProcessor processor, long head) {
        return processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
