package com.foretaste.infrastructure.monitoring;

import com.foretaste.infrastructure.audit.ProjectionRebuild;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DOWN when a read model or process manager has stopped taking events:
 * <ul>
 *   <li>a streaming processor of this node is not running (other than while a rebuild holds it);</li>
 *   <li>it is in error, or one of the segments this node works on is (a handler failed and the
 *   processor retries the same event with back-off);</li>
 *   <li>a segment, on whichever node, is behind the head of the event store and its saved position has
 *   not moved for {@code foretaste.monitoring.processor-stalled-after}: its node stopped, or it fails
 *   again and again (a pooled processor releases a failing segment between attempts, so its error is not
 *   always visible in this node's status).</li>
 * </ul>
 * The details name the processor, its segments, their positions and the error.
 */
class ReadModelProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;
    private final StalledSegments stalled;

    ReadModelProcessorsHealth(EventProcessingConfiguration processing, ProjectionRebuild rebuild,
                              ProcessorPositions positions, Duration stalledAfter) {
        this.processing = processing;
        this.rebuild = rebuild;
        this.stalled = new StalledSegments(positions, stalledAfter);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean down = false;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            String problem = problem(entry.getKey(), processor);
            details.put(entry.getKey(), problem == null ? "running" : problem);
            down |= problem != null;
        }
        Map<String, String> stalledSegments = stalled.check();
        stalledSegments.forEach((segment, problem) -> details.put(segment, problem));
        down |= !stalledSegments.isEmpty();
        return (down ? Health.down() : Health.up()).withDetails(details).build();
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
