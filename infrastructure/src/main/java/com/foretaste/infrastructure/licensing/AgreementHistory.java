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

    AgreementHistory(EventStore eventStore) {
        this.eventStore = eventStore;
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
        AgreementState now = replay(all);
        if (!(States.offer(now) instanceof Offer offer) || !viewer.sees(List.of(offer.licensor(), offer.licensee()))) {
            if (!all.isEmpty()) {
                DeniedAccess.log("404 not a party", "agreement " + id, "neither party is visible to the viewer");
            }
            throw new NotFoundException("No agreement " + id + " is visible to your organisation.");
        }
        List<? extends DomainEventMessage<?>> events = all.stream().takeWhile(upTo).toList();
        if (events.isEmpty()) {
            throw new NotFoundException("Agreement " + id + " did not exist yet at that point.");
        }
        return new Loaded(replay(events), events.get(events.size() - 1).getSequenceNumber(), events);
    }

    private static AgreementState replay(List<? extends DomainEventMessage<?>> events) {
        return Agreement.replay(events.stream().map(e -> (AgreementEvent) e.getPayload()).toList());
    }
}
