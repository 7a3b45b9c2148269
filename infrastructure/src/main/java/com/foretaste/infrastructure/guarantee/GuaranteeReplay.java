package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A guarantee as the domain's own replay of its stream leaves it just before and just after one of its events,
 * for the handlers that follow guarantee events. Inside the unit of work that appends the event (a subscribing
 * handler), Axon's store answers with the events already written and, again, with those still staged in the
 * unit of work: each sequence number counts once.
 */
final class GuaranteeReplay {

    record Replayed(GuaranteeState before, GuaranteeState after) {
    }

    private GuaranteeReplay() {
    }

    static Replayed around(EventStore eventStore, GuaranteeEvent event, long sequence) {
        UUID id = event.guaranteeId().value();
        TreeMap<Long, GuaranteeEvent> earlier = new TreeMap<>();
        eventStore.readEvents(id.toString(), 0L).asStream()
                .filter(m -> m.getSequenceNumber() < sequence && m.getPayload() instanceof GuaranteeEvent)
                .forEach(m -> earlier.putIfAbsent(m.getSequenceNumber(), (GuaranteeEvent) m.getPayload()));
        GuaranteeState before = FinancingGuarantee.replay(List.copyOf(earlier.values()));
        return new Replayed(before, FinancingGuarantee.evolve(before, event));
    }
}
