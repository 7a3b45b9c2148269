package com.foretaste.infrastructure.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-model lag, per streaming processor and segment: {@value #LAG} is how many positions of the event
 * store the segment's saved token is behind the head ({@value #HEAD}). Read from the database
 * ({@link ProcessorPositions}), so every node reports every segment, whichever node holds it: a segment
 * whose node died and that no node took over shows its lag growing on the nodes still up. A segment that
 * appears later (a processor's first start, a split) is registered at the next reading, so it shows from
 * the scrape after it appeared.
 */
class ReadModelLagMeters implements MeterBinder {

    static final String LAG = "foretaste.readmodel.lag";
    static final String HEAD = "foretaste.eventstore.head";

    private final ProcessorPositions positions;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private MeterRegistry registry;

    ReadModelLagMeters(ProcessorPositions positions) {
        this.positions = positions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(HEAD, this, meters -> meters.reading().head())
                .description("The highest global index in the event store").register(registry);
        try {
            reading();
        } catch (DataAccessException unreachable) {
            // the segments are registered at the first scrape instead; the database's health says why
        }
    }

    private ProcessorPositions.Reading reading() {
        ProcessorPositions.Reading reading = positions.read();
        reading.segments().forEach(this::register);
        return reading;
    }

    private void register(ProcessorPositions.Segment segment) {
        String key = segment.processor() + "#" + segment.segment();
        if (registered.add(key)) {
            Gauge.builder(LAG, this, meters -> meters.behind(segment.processor(), segment.segment()))
                    .description("Positions of the event store after the saved position of the processor's segment")
                    .baseUnit("events").tags("processor", segment.processor(), "segment", String.valueOf(segment.segment()))
                    .register(registry);
        }
    }

    /** NaN once the segment is gone (merged, or its processor reset to fewer segments). */
    private double behind(String processor, int segment) {
        ProcessorPositions.Reading reading = reading();
        return reading.segments().stream().filter(s -> s.processor().equals(processor) && s.segment() == segment)
                .findFirst().map(s -> (double) s.behind(reading.head())).orElse(Double.NaN);
    }
}
