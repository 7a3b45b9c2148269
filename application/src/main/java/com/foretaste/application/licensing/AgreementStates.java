package com.foretaste.application.licensing;

import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.shared.AgreementId;

import java.util.Optional;

/**
 * An agreement as the domain's own replay of its events leaves it, for the instruments that follow agreements
 * (policies quote on one, guarantees follow its outstanding amount): read from the store (port), so a command sent
 * right after an agreement's command sees its events. What they read of the state is here too: the offer (parties
 * and terms) and whether the agreement is still open to new cover.
 */
public interface AgreementStates {

    /** After every event of the agreement; {@code None} for an agreement never proposed. */
    AgreementState current(AgreementId agreementId);

    /** After the events up to and including {@code sequence}. */
    AgreementState after(AgreementId agreementId, long sequence);

    /** The offer the agreement was proposed with; empty before the proposal. */
    static Optional<Offer> offer(AgreementState state) {
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

    /** Proposed, in trial, deciding, licensed or defaulted: not withdrawn, released, lapsed, terminated or completed. */
    static boolean open(AgreementState state) {
        return state instanceof AgreementState.Proposed || state instanceof AgreementState.Trial
                || state instanceof AgreementState.DecisionPending || state instanceof AgreementState.Licensed
                || state instanceof AgreementState.Defaulted;
    }
}
