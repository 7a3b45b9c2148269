package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Streams written before the stream registry existed are registered once, at start-up, by replaying
 * them with their instrument's own evolve. On a store that has always had the registry this finds
 * nothing to do.
 */
@Component
class StreamRegistryBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(StreamRegistryBackfill.class);

    private final Instruments instruments;
    private final StreamRegistry registry;
    private final EventStore eventStore;

    StreamRegistryBackfill(Instruments instruments, StreamRegistry registry, EventStore eventStore) {
        this.instruments = instruments;
        this.registry = registry;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerOlderStreams() {
        for (Instrument<?, ?> instrument : instruments.all()) {
            List<String> unregistered = registry.unregisteredStreams(instrument.aggregateType());
            unregistered.forEach(id -> register(instrument, id));
            if (!unregistered.isEmpty()) {
                LOG.info("Registered {} older {} streams", unregistered.size(), instrument.type());
            }
        }
    }

    private void register(Instrument<?, ?> instrument, String aggregateId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0L).asStream().toList();
        Object state = InstrumentReplay.replay(instrument, events.stream().map(DomainEventMessage::getPayload).toList());
        long version = events.get(events.size() - 1).getSequenceNumber();
        try {
            registry.record(PlatformCommandInterceptor.entry(instrument, CommandOutcome.of(instrument.aggregateType(),
                    aggregateId, version, state, 0)));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the other node registered the same stream from the same events
        }
    }
}
