package com.foretaste.infrastructure.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /actuator/health/readModelNodes}: how this node shares the read models, always UP: this node's id (the
 * owner of its claims in {@code token_entry}), the live nodes it counts, the segments it holds per processor and
 * the events each read model parked. Parked events do not make the service unhealthy: the other aggregates go on,
 * and the operator retries them (docs/operations.md). Whether a processor is halted or stalled is the
 * {@code readModels} indicator's answer (monitoring), so that one rule decides DOWN.
 */
@Component("readModelNodes")
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
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                processors.put(entry.getKey(), Map.of("segmentsHeld",
                        processor.processingStatus().keySet().stream().sorted().toList()));
            }
        }
        return Health.up().withDetail("node", nodes.nodeId()).withDetail("liveNodes", nodes.liveNodes())
                .withDetail("processors", processors).withDetail("parkedEvents", letters.parkedByProcessor()).build();
    }
}
