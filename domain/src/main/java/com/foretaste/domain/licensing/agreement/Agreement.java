package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.AcceptTrial;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.licensing.agreement.AgreementCommand.WithdrawProposal;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.licensing.agreement.AgreementState.None;
import com.foretaste.domain.licensing.agreement.AgreementState.Proposed;
import com.foretaste.domain.licensing.agreement.AgreementState.Trial;
import com.foretaste.domain.licensing.agreement.AgreementState.Withdrawn;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.List;

/**
 * The licence agreement as a decider: {@link #decide} turns a command, the current state and the
 * business date into events or a rejection; {@link #evolve} folds an event into the state. Both are
 * pure, so the Axon shell, as-of queries and replays all use the same rules.
 */
public final class Agreement {

    private Agreement() {
    }

    public static AgreementState initialState() {
        return new None();
    }

    public static Decision<AgreementEvent> decide(AgreementCommand command, AgreementState state, LocalDate today) {
        return switch (command) {
            case ProposeAgreement c -> propose(c, state, today);
            case WithdrawProposal c -> withdraw(c, state, today);
            case AcceptTrial c -> accept(c, state, today);
        };
    }

    public static AgreementState evolve(AgreementState state, AgreementEvent event) {
        return switch (event) {
            case AgreementProposed e -> new Proposed(
                    new Offer(e.agreementId(), e.licensor(), e.licensee(), e.patents(), e.terms()), e.proposedOn());
            case ProposalWithdrawn e -> {
                Proposed proposed = (Proposed) state;
                yield new Withdrawn(proposed.offer(), proposed.proposedOn(), e.withdrawnOn(), e.reason());
            }
            case TrialStarted e -> {
                Proposed proposed = (Proposed) state;
                yield new Trial(proposed.offer(), proposed.proposedOn(), e.trial());
            }
        };
    }

    public static AgreementState replay(List<? extends AgreementEvent> events) {
        AgreementState state = initialState();
        for (AgreementEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static Decision<AgreementEvent> propose(ProposeAgreement c, AgreementState state, LocalDate today) {
        if (!(state instanceof None)) {
            return Decision.reject(Rejection.notAllowedIn(state.status().name(), "agreement-id-unused",
                    "agreement " + c.agreementId() + " already exists"));
        }
        return ProposalRules.check(c, today)
                .<Decision<AgreementEvent>>map(Decision::reject)
                .orElseGet(() -> Decision.accept(new AgreementProposed(
                        c.agreementId(), c.licensor(), c.licensee(), c.patents(), c.terms(), today)));
    }

    private static Decision<AgreementEvent> withdraw(WithdrawProposal c, AgreementState state, LocalDate today) {
        if (!(state instanceof Proposed proposed)) {
            return notInState(state, "withdraw-only-proposed", "only a proposal not yet accepted can be withdrawn");
        }
        if (!proposed.offer().licensor().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "withdraw-by-licensor", "only the licensor can withdraw its proposal");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        return Decision.accept(new ProposalWithdrawn(c.agreementId(), reason, today));
    }

    private static Decision<AgreementEvent> accept(AcceptTrial c, AgreementState state, LocalDate today) {
        if (!(state instanceof Proposed proposed)) {
            return notInState(state, "accept-only-proposed", "only a proposal can be accepted");
        }
        if (!proposed.offer().licensee().equals(c.actingOrganisation())) {
            return notAParty(c.actingOrganisation(), "accept-by-named-licensee",
                    "only the licensee named in the proposal can accept it");
        }
        DateRange trial = DateRange.ofMonths(today, proposed.offer().terms().trialMonths());
        return Decision.accept(new TrialStarted(c.agreementId(), trial));
    }

    private static Decision<AgreementEvent> notInState(AgreementState state, String rule, String message) {
        if (state instanceof None) {
            return Decision.reject(Rejection.notFound("agreement-exists", "no such agreement"));
        }
        return Decision.reject(Rejection.notAllowedIn(state.status().name(), rule,
                message + "; the agreement is " + state.status()));
    }

    private static Decision<AgreementEvent> notAParty(OrganisationId actor, String rule, String message) {
        return Decision.reject(Rejection.notAParty(rule, message + " (acting organisation " + actor + ")"));
    }
}
