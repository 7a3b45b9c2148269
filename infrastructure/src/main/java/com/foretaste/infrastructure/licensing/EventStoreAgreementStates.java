package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementStates;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.shared.AgreementId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/** An agreement's state replayed from its events in the store, for the instruments that follow agreements. */
@Component
class EventStoreAgreementStates implements AgreementStates {

    private final EventStore eventStore;

    EventStoreAgreementStates(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public AgreementState current(AgreementId agreementId) {
        return after(agreementId, Long.MAX_VALUE);
    }

    @Override
    public AgreementState after(AgreementId agreementId, long sequence) {
        List<AgreementEvent> events = eventStore.readEvents(agreementId.toString(), 0L).asStream()
                .filter(m -> m.getSequenceNumber() <= sequence && m.getPayload() instanceof AgreementEvent)
                .map(m -> (AgreementEvent) m.getPayload()).toList();
        return Agreement.replay(events);
    }
}
