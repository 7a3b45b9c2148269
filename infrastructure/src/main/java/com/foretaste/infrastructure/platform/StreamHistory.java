package com.foretaste.infrastructure.platform;

import com.foretaste.application.access.Viewer;
import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.Instruments;
import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.infrastructure.logging.DeniedAccess;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The history of any stream, whatever its instrument: who may see it is judged from the stream
 * registry (written on the write side, not from a read model, nor from the events, which may be what
 * was tampered with); its state at a point is rebuilt from its first event (never from a snapshot)
 * with its own instrument's evolve, found by the aggregate type the store records.
 */
@Component
public class StreamHistory {

    /** A stream up to a point: its instrument, the state the events led to, and the events. */
    public record Loaded(Instrument<?, ?> instrument, String aggregateId, Object state, long version,
                         List<? extends DomainEventMessage<?>> events) {
    }

    private final StreamRegistry registry;
    private final Instruments instruments;
    private final EventStore eventStore;

    StreamHistory(StreamRegistry registry, Instruments instruments, EventStore eventStore) {
        this.registry = registry;
        this.instruments = instruments;
        this.eventStore = eventStore;
    }

    /** The stream's registry entry when the viewer may see it; unknown and invisible streams are both not found. */
    public StreamRegistry.Entry visible(String aggregateId, Viewer viewer) {
        Optional<StreamRegistry.Entry> entry = entry(aggregateId);
        if (entry.isPresent() && !viewer.sees(entry.get().parties())) {
            DeniedAccess.log("404 not a party", "stream " + aggregateId, "no party of the stream is visible to the viewer");
        }
        return entry.filter(e -> viewer.sees(e.parties()))
                .orElseThrow(() -> new StreamNotFoundException("No stream " + aggregateId + " is visible to your organisation."));
    }

    /** As {@link #visible(String, Viewer)}, for a stream that must be of the instrument {@code type}. */
    public Instrument<?, ?> visible(String type, String aggregateId, Viewer viewer) {
        Instrument<?, ?> instrument = instruments.byType(type)
                .orElseThrow(() -> new StreamNotFoundException("There are no " + type + " on this platform."));
        if (!visible(aggregateId, viewer).aggregateType().equals(instrument.aggregateType())) {
            throw new StreamNotFoundException("No " + type + " " + aggregateId + " is visible to your organisation.");
        }
        return instrument;
    }

    /** The stream as it was at {@code at}: after every event recorded up to and including that instant. */
    public Loaded asOf(String type, String aggregateId, Viewer viewer, Instant at) {
        return load(type, aggregateId, viewer, e -> !e.getTimestamp().isAfter(at));
    }

    /** The stream as it was right after its event {@code version}; a version it has not reached is not found. */
    public Loaded atVersion(String type, String aggregateId, Viewer viewer, long version) {
        Loaded loaded = load(type, aggregateId, viewer, e -> e.getSequenceNumber() <= version);
        if (loaded.version() < version) {
            throw new StreamNotFoundException("Version " + version + " of " + type + " " + aggregateId
                    + " does not exist: its latest version is " + loaded.version() + ".");
        }
        return loaded;
    }

    private Loaded load(String type, String aggregateId, Viewer viewer, Predicate<DomainEventMessage<?>> upTo) {
        Instrument<?, ?> instrument = visible(type, aggregateId, viewer);
        List<? extends DomainEventMessage<?>> events = read(aggregateId).stream().takeWhile(upTo).toList();
        if (events.isEmpty()) {
            throw new StreamNotFoundException("The " + type + " " + aggregateId + " did not exist yet at that point.");
        }
        return new Loaded(instrument, aggregateId, replay(instrument, events), last(events), events);
    }

    private Optional<StreamRegistry.Entry> entry(String aggregateId) {
        return registry.find(aggregateId).or(() -> unregistered(aggregateId));
    }

    /** A stream stored before the registry existed, met before the start-up backfill registered it. */
    private Optional<StreamRegistry.Entry> unregistered(String aggregateId) {
        List<? extends DomainEventMessage<?>> events = read(aggregateId);
        return events.isEmpty() ? Optional.empty() : instruments.byAggregateType(events.get(0).getType())
                .map(i -> PlatformCommandInterceptor.entry(i, CommandOutcome.of(i.aggregateType(), aggregateId,
                        last(events), replay(i, events), 0)));
    }

    private List<? extends DomainEventMessage<?>> read(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().toList();
    }

    private static Object replay(Instrument<?, ?> instrument, List<? extends DomainEventMessage<?>> events) {
        return InstrumentReplay.replay(instrument, events.stream().map(DomainEventMessage::getPayload).toList());
    }

    private static long last(List<? extends DomainEventMessage<?>> events) {
        return events.get(events.size() - 1).getSequenceNumber();
    }
}
