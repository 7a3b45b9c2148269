package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.platform.ReadModel;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds every registered read model ({@link ReadModel}) from the events and compares it with what
 * it held before, one processor after the other: its live tables are read, its tokens reset (its reset
 * handler empties the tables), the events replayed up to the last event stored before the rebuild, and
 * the tables read again. Run it when no commands are coming in, or the comparison also shows what
 * changed meanwhile.
 * <p>
 * The replay does not go through the processor's own event stream (which fetches a hundred events per
 * query and commits a batch at a time with its token): {@link StreamedReplay} reads the event table
 * once, in order, in pages, and hands each page to the processor's handlers in one unit of work and
 * one transaction. The processor's tokens are then set to where the replay ended, and the processor
 * started, so that it goes on from there (and handles any event that committed behind the replay).
 * Should the streamed replay fail, the processor is reset again and replays by itself, as before.
 */
@Service
public class ProjectionRebuild {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** Every processor's tables together, and each processor's own comparison. */
    public record Result(boolean equal, Map<String, Integer> rows, List<String> differences,
                         Map<String, Comparison> processors) {
    }

    public record Comparison(boolean equal, Map<String, Integer> rows, List<String> differences) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final List<ReadModel> readModels;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final StreamedReplay replay;
    /** The processors a rebuild has stopped: their health is not in question meanwhile. */
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

    ProjectionRebuild(List<ReadModel> readModels, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                      StreamedReplay replay) {
        this.readModels = List.copyOf(readModels);
        this.processing = processing;
        this.jdbc = jdbc;
        this.replay = replay;
    }

    /**
     * Outside any caller's transaction: resetting the tokens and emptying the tables must commit
     * before the processor's own threads, which claim the tokens, can replay.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public synchronized Result rebuild() {
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        Map<String, Comparison> processors = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        for (ReadModel readModel : readModels) {
            Comparison comparison = rebuild(readModel, head);
            processors.put(readModel.processor(), comparison);
            rows.putAll(comparison.rows());
            differences.addAll(comparison.differences());
        }
        return new Result(differences.isEmpty(), rows, differences, processors);
    }

    /** Whether a rebuild holds this processor stopped now. */
    public boolean rebuilding(String processor) {
        return rebuilding.contains(processor);
    }

    private Comparison rebuild(ReadModel readModel, long head) {
        rebuilding.add(readModel.processor());
        try {
            return rebuildStopped(readModel, head);
        } finally {
            rebuilding.remove(readModel.processor());
        }
    }

    private Comparison rebuildStopped(ReadModel readModel, long head) {
        Map<String, List<Map<String, Object>>> live = read(readModel);
        StreamingEventProcessor processor = processing.eventProcessor(readModel.processor(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + readModel.processor()));
        long start = System.nanoTime();
        processor.shutDown();
        long stopped = System.nanoTime();
        processor.resetTokens();
        long reset = System.nanoTime();
        long replayed = 0;
        if (processor instanceof AbstractEventProcessor handlers) {
            try {
                replayed = replay.replay(readModel.processor(), handlers.eventHandlerInvoker(), head);
            } catch (RuntimeException e) {
                LOG.warn("The streamed replay of {} failed; the processor replays the events itself", readModel.processor(), e);
                processor.resetTokens();
            }
        }
        long streamed = System.nanoTime();
        processor.start();
        awaitPosition(processor, head);
        LOG.info("Rebuilt {}: {} events replayed in {} ms; stopping the processor took {} ms, resetting it {} ms,"
                        + " restarting it until it reached the head {} ms", readModel.processor(), replayed,
                (streamed - reset) / 1_000_000, (stopped - start) / 1_000_000, (reset - stopped) / 1_000_000,
                (System.nanoTime() - streamed) / 1_000_000);
        Map<String, List<Map<String, Object>>> rebuilt = read(readModel);
        List<String> differences = new ArrayList<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (ReadModel.Table table : readModel.tables()) {
            List<Map<String, Object>> before = live.get(table.name());
            List<Map<String, Object>> after = rebuilt.get(table.name());
            rows.put(table.name(), after.size());
            if (!before.equals(after)) {
                differences.add(table.name() + ": " + before.size() + " rows before, " + after.size()
                        + " rebuilt, and their contents differ" + firstDifference(before, after));
            }
        }
        return new Comparison(differences.isEmpty(), rows, differences);
    }

    /**
     * Where live and rebuilt rows first part, in the table's order, with the columns that differ: what an
     * operator needs to find the event a read model missed or applied twice.
     */
    static String firstDifference(List<Map<String, Object>> live, List<Map<String, Object>> rebuilt) {
        for (int i = 0; i < Math.min(live.size(), rebuilt.size()); i++) {
            Map<String, Object> was = live.get(i);
            Map<String, Object> is = rebuilt.get(i);
            if (!was.equals(is)) {
                Map<String, String> columns = new LinkedHashMap<>();
                was.forEach((column, value) -> {
                    if (!Objects.equals(value, is.get(column))) {
                        columns.put(column, value + " live, " + is.get(column) + " rebuilt");
                    }
                });
                return "; first at row " + (i + 1) + " " + was.entrySet().stream().findFirst().map(Object::toString)
                        .orElse("") + ": " + columns;
            }
        }
        return "";
    }

    private Map<String, List<Map<String, Object>>> read(ReadModel readModel) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        readModel.tables().forEach(t -> tables.put(t.name(),
                jdbc.queryForList("SELECT * FROM " + t.name() + " ORDER BY " + t.orderBy())));
        return tables;
    }

    /** Waits until every segment has processed the event store up to {@code head}, the last event before the rebuild. */
    private static void awaitPosition(StreamingEventProcessor processor, long head) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!reached(processor, head)) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the rebuild did not reach the head of the event store in " + TIMEOUT);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private static boolean reached(StreamingEventProcessor processor, long head) {
        return processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
