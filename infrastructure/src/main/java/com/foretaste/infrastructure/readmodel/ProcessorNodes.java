package com.foretaste.infrastructure.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This node among the nodes that run read-model processors, and its fair share of each processor's segments.
 * <p>
 * Axon's pooled processor claims every free segment it sees, so the first node up would keep all of them. Instead,
 * each node beats in {@code processor_node} (with the database's clock, so nodes need not agree on time) and
 * counts the nodes whose beat is recent; its share of a processor is ceil(segments / live nodes). The processor
 * asks for it at each claim check ({@link MaxSegmentProvider}), so it never claims more; and at each beat this node
 * releases what it holds above its share, for the other nodes to claim (a node that joins gets its share within
 * a beat and a claim interval). The share is read from memory, refreshed by the beat, never from the database in
 * the processor's thread. A node stopped in order deletes its row; a node that died drops out when its beat is
 * older than {@code expiry}.
 */
public final class ProcessorNodes implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorNodes.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Clock wall;
    private final Duration beat;
    private final Duration expiry;
    private final String nodeId;
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private volatile int liveNodes = 1;
    private volatile ScheduledExecutorService beating;

    ProcessorNodes(JdbcTemplate jdbc, ObjectProvider<EventProcessingConfiguration> processing, Clock wall,
                   Duration beat, Duration expiry) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.wall = wall;
        this.beat = beat;
        this.expiry = expiry;
        // The token store names its claims with this id: two nodes in one JVM (tests) must differ too.
        this.nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The owner written in {@code token_entry} by this node's claims. */
    public String nodeId() {
        return nodeId;
    }

    /** The nodes whose beat is recent, this one included, as counted at this node's last beat. */
    public int liveNodes() {
        return liveNodes;
    }

    /** Unknown segment counts (no tokens yet) let the processor claim what is free, as Axon does by default. */
    @Override
    public int getMaxSegments(String processor) {
        Integer count = segments.get(processor);
        if (count == null) {
            return Short.MAX_VALUE;
        }
        return Math.max(1, (count + liveNodes - 1) / liveNodes);
    }

    /**
     * Releases the segments this node holds above its share of each pooled processor, for two beats, so that this
     * node does not claim them again before the others could. The lowest go first, as when Axon's coordinator
     * releases a surplus itself (it does too, at its claim checks, where its clocks agree): both then pick the same.
     */
    void balance() {
        EventProcessingConfiguration processors = processing.getIfAvailable();
        if (processors == null) {
            return;
        }
        processors.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof PooledStreamingEventProcessor pooled && pooled.isRunning()) {
                int surplus = pooled.processingStatus().size() - getMaxSegments(name);
                pooled.processingStatus().keySet().stream().sorted().limit(Math.max(0, surplus))
                        .forEach(segment -> pooled.releaseSegment(segment, holdOffMillis(), TimeUnit.MILLISECONDS));
            }
        });
    }

    /**
     * Axon dates a release from the clock it stamps events with (the platform's clock, which tests stop) and ends
     * it by the processor's clock (the wall clock): the hold-off is given so that it ends two beats from now.
     */
    private long holdOffMillis() {
        return Duration.between(GenericEventMessage.clock.instant(), wall.instant()).plus(beat.multipliedBy(2)).toMillis();
    }

    /** Beats once, then reads the live nodes and the segment count of every processor. */
    void beat() {
        if (jdbc.update("UPDATE processor_node SET last_seen = CURRENT_TIMESTAMP WHERE node_id = ?", nodeId) == 0) {
            jdbc.update("INSERT INTO processor_node (node_id, started, last_seen) VALUES (?, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)", nodeId);
        }
        OffsetDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
        Integer live = jdbc.queryForObject("SELECT count(*) FROM processor_node WHERE last_seen > ?", Integer.class,
                now.minus(expiry));
        liveNodes = Math.max(1, live == null ? 1 : live);
        jdbc.query("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name",
                rs -> {
                    segments.put(rs.getString(1), rs.getInt(2));
                });
    }

    @Override
    public void start() {
        beatQuietly();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "processor-node-beat");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::beatQuietly, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
        beating = executor;
    }

    /** A beat that fails (the database away for a moment) is logged; the next one tries again. */
    private void beatQuietly() {
        try {
            beat();
            balance();
        } catch (RuntimeException e) {
            log.warn("Node {} could not record its beat: {}", nodeId, e.getMessage());
        }
    }

    /** Leaving in order: the other nodes count one node less at their next beat and claim what this one held. */
    @Override
    public void stop() {
        ScheduledExecutorService executor = beating;
        beating = null;
        if (executor != null) {
            executor.shutdownNow();
        }
        try {
            jdbc.update("DELETE FROM processor_node WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            log.warn("Node {} could not remove its beat: {}", nodeId, e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return beating != null;
    }

    /** Beats before the event processors start (Axon's phase is Integer.MAX_VALUE / 2) and stops after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2 - 1;
    }
}
