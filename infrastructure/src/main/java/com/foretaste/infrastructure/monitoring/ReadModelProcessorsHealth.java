package com.foretaste.infrastructure.monitoring;

import com.foretaste.infrastructure.audit.ProjectionRebuild;
import com.foretaste.infrastructure.readmodel.DeadLetters;
import com.foretaste.infrastructure.readmodel.ProcessorNodes;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /actuator/health/readModels}: DOWN when a read model or process manager has stopped taking events:
 * <ul>
 *   <li>a streaming processor of this node is not running (other than while a rebuild holds it);</li>
 *   <li>it is in error, or one of the segments this node works on is (a handler failed and the
 *   processor retries the same event with back-off);</li>
 *   <li>a segment, on whichever node, is behind the head of the event store and its saved position has
 *   not moved for {@code foretaste.monitoring.processor-stalled-after}: its node stopped, or it fails
 *   again and again (a pooled processor releases a failing segment between attempts, so its error is not
 *   always visible in this node's status).</li>
 * </ul>
 * Parked events do not turn it DOWN: the other aggregates go on, and the operator retries them
 * (docs/operations.md, "Dead letters"); they are counted here, and alerted on by their gauge.
 * <p>
 * The details: this node's id (the owner of its claims in {@code token_entry}), the live nodes it counts, and per
 * processor its status ("running" or the problem), the segments this node holds and, where it parks, its parked
 * events; then each stalled segment with its position and owner.
 */
class ReadModelProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;
    private final StalledSegments stalled;
    private final DeadLetters letters;
    private final ProcessorNodes nodes;

    ReadModelProcessorsHealth(EventProcessingConfiguration processing, ProjectionRebuild rebuild,
                              ProcessorPositions positions, Duration stalledAfter, DeadLetters letters,
                              ProcessorNodes nodes) {
        this.processing = processing;
        this.rebuild = rebuild;
        this.stalled = new StalledSegments(positions, stalledAfter);
        this.letters = letters;
        this.nodes = nodes;
    }

    @Override
    public Health health() {
        // A failed count of parked events (the database unreachable) is shown as such and decides nothing: whether
        // the processors run is this component's answer, and the count has its own gauge.
        Map<String, Long> parked = Map.of();
        String parkedUnavailable = null;
        try {
            parked = letters.parkedByProcessor();
        } catch (RuntimeException e) {
            parkedUnavailable = "unavailable: " + e.getClass().getSimpleName();
        }
        Map<String, Object> processors = new TreeMap<>();
        boolean down = false;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            String problem = problem(entry.getKey(), processor);
            processors.put(entry.getKey(), details(problem, processor, parked.get(entry.getKey())));
            down |= problem != null;
        }
        Map<String, String> stalledSegments;
        try {
            stalledSegments = stalled.check();
        } catch (RuntimeException e) {
            // the saved positions cannot be read: nothing says the read models keep up
            stalledSegments = Map.of("positions", "unreadable: " + e.getClass().getSimpleName());
        }
        down |= !stalledSegments.isEmpty();
        Health.Builder health = (down ? Health.down() : Health.up()).withDetail("node", nodes.nodeId())
                .withDetail("liveNodes", nodes.liveNodes()).withDetail("processors", processors);
        if (parkedUnavailable != null) {
            health.withDetail("parkedEvents", parkedUnavailable);
        }
        return health.withDetails(stalledSegments).build();
    }

    private static Map<String, Object> details(String problem, StreamingEventProcessor processor, Long parked) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", problem == null ? "running" : problem);
        details.put("segmentsHeld", processor.processingStatus().keySet().stream().sorted().toList());
        if (parked != null) {
            details.put("parkedEvents", parked);
        }
        return details;
    }

    private String problem(String name, StreamingEventProcessor processor) {
        if (rebuild.rebuilding(name)) {
            return null;
        }
        if (!processor.isRunning()) {
            return "stopped: takes no events on this node";
        }
        for (Map.Entry<Integer, EventTrackerStatus> segment : processor.processingStatus().entrySet()) {
            if (segment.getValue().isErrorState()) {
                Throwable error = segment.getValue().getError();
                return "in error on segment " + segment.getKey() + ", retrying: "
                        + (error == null ? "unknown error" : error.getClass().getSimpleName() + ": " + error.getMessage());
            }
        }
        return processor.isError() ? "in error, retrying" : null;
    }
}
