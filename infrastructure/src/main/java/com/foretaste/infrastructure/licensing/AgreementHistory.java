package com.foretaste.infrastructure.licensing;

import com.foretaste.application.access.Viewer;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.States;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.web.NotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Predicate;

/**
 * Reads an agreement's whole stream from the event store (from its first event, never from a
 * snapshot) and rebuilds its state with the domain's own {@code evolve}. This is the consistent
 * read: a party sees the effect of its command as soon as the command returns.
 */
@Component
public class AgreementHistory {

    public record Loaded(AgreementState state, long version, List<? extends DomainEventMessage<?>> events) {
    }

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    AgreementHistory(EventStore eventStore, JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * The offer as proposed, read from the stream's first event alone: its parties and its currency,
     * which no later event changes. Unknown and invisible agreements are both not found.
     */
    public Offer proposal(AgreementId id, Viewer viewer) {
        List<AgreementEvent> first = jdbc.query("SELECT payload_type, payload_revision, payload FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 0",
                (rs, i) -> (AgreementEvent) serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(3),
                        byte[].class, rs.getString(1), rs.getString(2))), id.toString());
        return visibleOffer(id, viewer, Agreement.replay(first), !first.isEmpty());
    }

    /** The agreement as the viewer may see it; unknown and invisible agreements are both not found. */
    public Loaded load(AgreementId id, Viewer viewer) {
        return loadUpTo(id, viewer, e -> true);
    }

    /**
     * The agreement as it was after the events that pass {@code upTo} (a prefix of its stream),
     * rebuilt with the domain's evolve from the first event: never from a snapshot taken later.
     */
    public Loaded loadUpTo(AgreementId id, Viewer viewer, Predicate<DomainEventMessage<?>> upTo) {
        List<? extends DomainEventMessage<?>> all = eventStore.readEvents(id.toString(), 0L).asStream().toList();
        visibleOffer(id, viewer, replay(all), !all.isEmpty());
        List<? extends DomainEventMessage<?>> events = all.stream().takeWhile(upTo).toList();
        if (events.isEmpty()) {
            throw new NotFoundException("Agreement " + id + " did not exist yet at that point.");
        }
        return new Loaded(replay(events), events.get(events.size() - 1).getSequenceNumber(), events);
    }

    private static Offer visibleOffer(AgreementId id, Viewer viewer, AgreementState state, boolean streamExists) {
        if (!(States.offer(state) instanceof Offer offer) || !viewer.sees(List.of(offer.licensor(), offer.licensee()))) {
            if (streamExists) {
                DeniedAccess.log("404 not a party", "agreement " + id, "neither party is visible to the viewer");
            }
            throw new NotFoundException("No agreement " + id + " is visible to your organisation.");
        }
        return offer;
    }

    private static AgreementState replay(List<? extends DomainEventMessage<?>> events) {
        return Agreement.replay(events.stream().map(e -> (AgreementEvent) e.getPayload()).toList());
    }
}
