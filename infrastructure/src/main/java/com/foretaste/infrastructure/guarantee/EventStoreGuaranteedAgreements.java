package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.guarantee.GuaranteedAgreements;
import com.foretaste.domain.guarantee.financing.GuaranteedAgreement;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.shared.AgreementId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The agreement a guarantee is requested for, as its published events leave it (read from the store, so a request
 * made right after a purchase sees it): its parties, currency, whether it is open, the obligor's outstanding amount
 * on the business date.
 */
@Component
class EventStoreGuaranteedAgreements implements GuaranteedAgreements {

    private final EventStore eventStore;
    private final PlatformCalendar calendar;

    EventStoreGuaranteedAgreements(EventStore eventStore, PlatformCalendar calendar) {
        this.eventStore = eventStore;
        this.calendar = calendar;
    }

    @Override
    public Optional<GuaranteedAgreement> find(AgreementId agreementId) {
        List<AgreementEvent> events = eventStore.readEvents(agreementId.toString(), 0L).asStream()
                .map(DomainEventMessage::getPayload).filter(AgreementEvent.class::isInstance).map(AgreementEvent.class::cast)
                .toList();
        return GuaranteedAgreements.of(agreementId, Agreement.replay(events), calendar.today());
    }
}
