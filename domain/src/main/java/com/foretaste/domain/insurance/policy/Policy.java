package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.PolicyQuoted;
import com.foretaste.domain.insurance.policy.PolicyState.None;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A patent implementation insurance policy as a decider, with its claims inside it because they share
 * the coverage limit: {@link #decide} turns a command, the state and the business date into events or a
 * rejection; {@link #evolve} folds an event into the state. Both are pure. The rules are stated in
 * docs/domain/insurance.md; who may issue which command is {@link PolicyAccess}'s.
 */
public final class Policy {

    private Policy() {
    }

    public static PolicyState initialState() {
        return new None();
    }

    public static Decision<PolicyEvent> decide(PolicyCommand command, PolicyState state, LocalDate today) {
        if (command instanceof QuotePolicy c) {
            return quote(c, state, today);
        }
        Optional<PolicyFile> file = States.file(state);
        if (file.isEmpty()) {
            return Decision.reject(Rejection.notFound("policy-quoted", "no policy " + command.policyId() + " was quoted"));
        }
        if (command instanceof ByParty byParty) {
            Optional<Rejection> refused = PolicyAccess.check(byParty, file.get().terms());
            if (refused.isPresent()) {
                return Decision.reject(refused.get());
            }
        }
        return switch (command) {
            case QuotePolicy c -> throw new IllegalStateException("decided above");
            case RecordPremiumPayment c -> PremiumDecisions.pay(c, state, today);
            case CancelPolicy c -> PremiumDecisions.cancel(c, state, today);
            case FileClaim c -> ClaimDecisions.file(c, state, today);
            case AssessClaim c -> ClaimDecisions.assess(c, state, today);
            case ApproveClaim c -> ClaimDecisions.approve(c, state, today);
            case RejectClaim c -> ClaimDecisions.reject(c, state, today);
            case PayClaim c -> ClaimDecisions.pay(c, state, today);
            case RecordRecovery c -> RecoveryDecisions.record(c, state, today);
            case CloseClaim c -> RecoveryDecisions.close(c, state, today);
            case NoteDefault c -> CoverDecisions.noteDefault(c, state);
            case NoteCure c -> CoverDecisions.noteCure(c, state);
            case NoteLicenseePayment c -> RecoveryDecisions.licenseePaid(c, state);
            case ObserveBusinessDate c -> CoverDecisions.observe(c, state);
        };
    }

    public static PolicyState evolve(PolicyState state, PolicyEvent event) {
        return PolicyEvolution.evolve(state, event);
    }

    public static PolicyState replay(List<? extends PolicyEvent> events) {
        PolicyState state = initialState();
        for (PolicyEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /** The insurer, the insured and the policyholder; none before the quote. */
    public static Set<OrganisationId> parties(PolicyState state) {
        return States.file(state).map(f -> PolicyAccess.parties(f.terms())).orElse(Set.of());
    }

    /**
     * The next business date on which the end of day must observe the policy, or empty when no date will
     * change it: observing any earlier date records nothing, observing that date records something.
     */
    public static Optional<LocalDate> nextAttention(PolicyState state) {
        return PolicyAttention.of(state);
    }

    private static Decision<PolicyEvent> quote(QuotePolicy c, PolicyState state, LocalDate today) {
        if (!(state instanceof None)) {
            return Decision.reject(Rejection.notAllowedIn(state.status().name(), "policy-id-unused",
                    "policy " + c.policyId() + " exists already"));
        }
        return QuoteRules.check(c, today).<Decision<PolicyEvent>>map(Decision::reject)
                .orElseGet(() -> Decision.accept(new PolicyQuoted(c.policyId(), c.terms(), Premium.of(c.terms()),
                        c.actor().person(), today)));
    }
}
