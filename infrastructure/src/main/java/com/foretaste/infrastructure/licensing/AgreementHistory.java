package com.foretaste.infrastructure.licensing;

import com.foretaste.application.access.Viewer;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.States;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.web.NotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads an agreement's whole stream from the event store (from its first event, never from a
 * snapshot) and rebuilds its state with the domain's own {@code evolve}. This is the consistent
 * read: a party sees the effect of its command as soon as the command returns.
 */
@Component
class AgreementHistory {

    record Loaded(AgreementState state, long version, List<? extends DomainEventMessage<?>> events) {
    }

    private final EventStore eventStore;

    AgreementHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The agreement as the viewer may see it; unknown and invisible agreements are both not found. */
    Loaded load(AgreementId id, Viewer viewer) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.toString(), 0L).asStream().toList();
        AgreementState state = Agreement.replay(events.stream().map(e -> (AgreementEvent) e.getPayload()).toList());
        if (!(States.offer(state) instanceof Offer offer) || !viewer.sees(List.of(offer.licensor(), offer.licensee()))) {
            throw new NotFoundException("No agreement " + id + " is visible to your organisation.");
        }
        return new Loaded(state, events.get(events.size() - 1).getSequenceNumber(), events);
    }
}
