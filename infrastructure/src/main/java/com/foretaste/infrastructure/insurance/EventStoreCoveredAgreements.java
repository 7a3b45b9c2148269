package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.CoveredAgreements;
import com.foretaste.domain.insurance.policy.CoveredAgreement;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.shared.AgreementId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The agreement a quote covers, as its published events leave it (read from the store, so a quote made
 * right after a proposal sees it): its parties, its currency, and whether it is still open.
 */
@Component
class EventStoreCoveredAgreements implements CoveredAgreements {

    private final EventStore eventStore;

    EventStoreCoveredAgreements(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<CoveredAgreement> find(AgreementId agreementId) {
        List<AgreementEvent> events = eventStore.readEvents(agreementId.toString(), 0L).asStream()
                .map(DomainEventMessage::getPayload).filter(AgreementEvent.class::isInstance).map(AgreementEvent.class::cast)
                .toList();
        AgreementState state = Agreement.replay(events);
        return offer(state).map(o -> new CoveredAgreement(agreementId, o.licensor(), o.licensee(), o.terms().currency(),
                open(state)));
    }

    private static Optional<Offer> offer(AgreementState state) {
        return switch (state) {
            case AgreementState.None s -> Optional.empty();
            case AgreementState.Proposed s -> Optional.of(s.offer());
            case AgreementState.Withdrawn s -> Optional.of(s.offer());
            case AgreementState.Trial s -> Optional.of(s.offer());
            case AgreementState.DecisionPending s -> Optional.of(s.offer());
            case AgreementState.Released s -> Optional.of(s.offer());
            case AgreementState.Lapsed s -> Optional.of(s.offer());
            case AgreementState.Licensed s -> Optional.of(s.offer());
            case AgreementState.Defaulted s -> Optional.of(s.offer());
            case AgreementState.Terminated s -> Optional.of(s.offer());
            case AgreementState.Completed s -> Optional.of(s.offer());
        };
    }

    private static boolean open(AgreementState state) {
        return state instanceof AgreementState.Proposed || state instanceof AgreementState.Trial
                || state instanceof AgreementState.DecisionPending || state instanceof AgreementState.Licensed
                || state instanceof AgreementState.Defaulted;
    }
}
