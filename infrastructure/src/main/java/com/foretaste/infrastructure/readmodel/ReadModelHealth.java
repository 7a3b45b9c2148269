package com.foretaste.infrastructure.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /actuator/health/readModels}: DOWN while a streaming processor on this node is halted (failing on an event
 * it keeps retrying: a process manager, or a read model's batch that fails at commit) or not running; UP
 * otherwise, with this node's id (the owner of its claims in {@code token_entry}), the live nodes it counts, the
 * segments it holds per processor and the events each read model parked. Parked events
 * do not turn it DOWN: the other aggregates go on, and the operator retries them (docs/operations.md).
 */
@Component("readModels")
class ReadModelHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final DeadLetters letters;
    private final ProcessorNodes nodes;

    ReadModelHealth(EventProcessingConfiguration processing, DeadLetters letters, ProcessorNodes nodes) {
        this.processing = processing;
        this.letters = letters;
        this.nodes = nodes;
    }

    @Override
    public Health health() {
        Map<String, Object> processors = new TreeMap<>();
        boolean halted = false;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) {
                continue;
            }
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            boolean failing = processor.isError() || !processor.isRunning()
                    || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
            halted |= failing;
            processors.put(entry.getKey(), Map.of("state", failing ? "HALTED" : "RUNNING",
                    "segmentsHeld", segments.keySet().stream().sorted().toList()));
        }
        Health.Builder health = halted ? Health.down() : Health.up();
        return health.withDetail("node", nodes.nodeId()).withDetail("liveNodes", nodes.liveNodes())
                .withDetail("processors", processors).withDetail("parkedEvents", letters.parkedByProcessor()).build();
    }
}
