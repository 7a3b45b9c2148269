package com.foretaste.infrastructure.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;


/**
 * {@code foretaste.readmodel.parked.events{processor}}: the events each read-model processor has parked, counted
 * in {@code dead_letter_entry} at each scrape (the same figure on every node). Alert on any value above zero.
 */
@Component
class ParkedEventsGauge implements MeterBinder {

    static final String NAME = "foretaste.readmodel.parked.events";

    private final EventProcessingConfiguration processing;

    ParkedEventsGauge(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().keySet().forEach(name -> processing.deadLetterQueue(name).ifPresent(queue ->
                Gauge.builder(NAME, queue, q -> q.size())
                        .tag("processor", name)
                        .description("Events parked by the read-model processor, waiting for an operator's retry")
                        .register(registry)));
    }
}
