package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Refusals and checks shared by the agreement's decisions. */
final class Decisions {

    private Decisions() {
    }

    static Decision<AgreementEvent> notInState(AgreementState state, String rule, String message) {
        if (state instanceof AgreementState.None) {
            return Decision.reject(Rejection.notFound("agreement-exists", "no such agreement"));
        }
        return Decision.reject(Rejection.notAllowedIn(state.status().name(), rule,
                message + "; the agreement is " + state.status()));
    }

    static Decision<AgreementEvent> notAParty(OrganisationId actor, String rule, String message) {
        return Decision.reject(Rejection.notAParty(rule, message + " (acting organisation " + actor + ")"));
    }

    static Decision<AgreementEvent> invalid(String rule, String field, String message) {
        return Decision.reject(Rejection.invalid(rule, field, message));
    }

    static Decision<AgreementEvent> conflict(AgreementState state, String rule, String message) {
        return Decision.reject(Rejection.notAllowedIn(state.status().name(), rule, message));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A positive amount in the agreement's currency, or the rejection naming {@code field}. */
    static Optional<Decision<AgreementEvent>> checkAmount(Money amount, Offer offer, String field, boolean zeroAllowed) {
        if (!amount.hasCurrency(offer.terms().currency())) {
            return Optional.of(invalid("single-currency", field, "the agreement is in "
                    + offer.terms().currency().getCurrencyCode() + " but " + field + " is " + amount));
        }
        if (amount.isNegative() || (!zeroAllowed && amount.isZero())) {
            return Optional.of(invalid(zeroAllowed ? "amount-non-negative" : "amount-positive", field,
                    field + " must be " + (zeroAllowed ? "zero or more" : "more than zero") + ", not " + amount));
        }
        return Optional.empty();
    }

    /** The events so far plus those that follow from them, each folded into the state in turn. */
    static final class Outcome {
        private final List<AgreementEvent> events = new ArrayList<>();
        private AgreementState state;

        Outcome(AgreementState state) {
            this.state = state;
        }

        Outcome add(AgreementEvent event) {
            events.add(event);
            state = AgreementEvolution.evolve(state, event);
            return this;
        }

        AgreementState state() {
            return state;
        }

        int size() {
            return events.size();
        }

        Decision<AgreementEvent> decision() {
            return new Decision.Accepted<>(events);
        }
    }
}
