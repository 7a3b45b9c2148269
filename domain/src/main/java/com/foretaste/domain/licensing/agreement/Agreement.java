package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.*;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeCharged;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.licensing.agreement.AgreementState.None;
import com.foretaste.domain.licensing.agreement.AgreementState.Proposed;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.foretaste.domain.licensing.agreement.Decisions.notAParty;
import static com.foretaste.domain.licensing.agreement.Decisions.notInState;

/**
 * The licence agreement as a decider: {@link #decide} turns a command, the current state and the
 * business date into events or a rejection; {@link #evolve} folds an event into the state. Both are
 * pure, so the Axon shell, as-of queries and replays all use the same rules. An organisation that
 * is no party to an agreement learns nothing of it: its commands are refused as not a party before
 * any rule that would reveal the state.
 */
public final class Agreement {

    private Agreement() {
    }

    public static AgreementState initialState() {
        return new None();
    }

    public static Decision<AgreementEvent> decide(AgreementCommand command, AgreementState state, LocalDate today) {
        OrganisationId actor = actingOrganisation(command);
        if (actor != null && !(state instanceof None) && !States.offer(state).isParty(actor)) {
            return notAParty(actor, "party-to-agreement", "your organisation is no party to this agreement");
        }
        return switch (command) {
            case ProposeAgreement c -> propose(c, state, today);
            case WithdrawProposal c -> withdraw(c, state, today);
            case AcceptTrial c -> accept(c, state, today);
            case ExtendTrial c -> TrialDecisions.extend(c, state, today);
            case ReportTrialFindings c -> TrialDecisions.findings(c, state, today);
            case PurchaseLicence c -> TrialDecisions.purchase(c, state, today);
            case WalkAway c -> TrialDecisions.walkAway(c, state, today);
            case RecordPayment c -> LicenceDecisions.recordPayment(c, state, today);
            case ReportRoyalty c -> LicenceDecisions.reportRoyalty(c, state, today);
            case ProposeEquitySwap c -> EquitySwapDecisions.propose(c, state, today);
            case AcceptEquitySwap c -> EquitySwapDecisions.accept(c, state, today);
            case TerminateForDefault c -> LicenceDecisions.terminateForDefault(c, state, today);
            case AgreeTermination c -> LicenceDecisions.agreeTermination(c, state, today);
            case ObserveBusinessDate c -> BusinessDateDecisions.observe(c, state);
        };
    }

    public static AgreementState evolve(AgreementState state, AgreementEvent event) {
        return AgreementEvolution.evolve(state, event);
    }

    public static AgreementState replay(List<? extends AgreementEvent> events) {
        AgreementState state = initialState();
        for (AgreementEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /**
     * The next business date on which the end-of-day run must observe the agreement, or empty when no
     * date will ever change it (a proposal, which waits for its parties, and every final state). The
     * date may lie in the past: the agreement then needs attention now. Its rules are those of
     * {@link NextAttention}; the contract:
     * <ol>
     *   <li>Safety: observing any date D before it (any date at all when empty) records nothing, i.e.
     *   {@code decide(new ObserveBusinessDate(id, D, ageing), state, D)} is accepted with no events;
     *   so if observing D records anything, the date is present and on or before D.</li>
     *   <li>Economy: observing the date itself (and so any later one) records at least one event, so
     *   the run loads no agreement with nothing to do. The date is exact, not an estimate.</li>
     * </ol>
     * Late interest accrues lazily when money moves and is never a reason for attention.
     *
     * @param ageing the delinquency buckets the run observes with; bucket moves depend on them
     */
    public static Optional<LocalDate> nextAttention(AgreementState state, DelinquencyAgeing ageing) {
        return NextAttention.of(state, ageing);
    }

    /** The organisations party to the agreement, its licensor and licensee; none before it is proposed. */
    public static Set<OrganisationId> parties(AgreementState state) {
        return state instanceof None ? Set.of() : States.offer(state).parties();
    }

    private static OrganisationId actingOrganisation(AgreementCommand command) {
        return switch (command) {
            case ProposeAgreement c -> null;
            case ObserveBusinessDate c -> null;
            case WithdrawProposal c -> c.actingOrganisation();
            case AcceptTrial c -> c.actingOrganisation();
            case ExtendTrial c -> c.actingOrganisation();
            case ReportTrialFindings c -> c.actingOrganisation();
            case PurchaseLicence c -> c.actingOrganisation();
            case WalkAway c -> c.actingOrganisation();
            case RecordPayment c -> c.actingOrganisation();
            case ReportRoyalty c -> c.actingOrganisation();
            case ProposeEquitySwap c -> c.actingOrganisation();
            case AcceptEquitySwap c -> c.actingOrganisation();
            case TerminateForDefault c -> c.actingOrganisation();
            case AgreeTermination c -> c.actingOrganisation();
        };
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
        Terms terms = proposed.offer().terms();
        DateRange trial = DateRange.ofMonths(today, terms.trialMonths());
        if (!terms.trialFee().isPositive()) {
            return Decision.accept(new TrialStarted(c.agreementId(), trial));
        }
        return Decision.accept(new TrialStarted(c.agreementId(), trial),
                new TrialFeeCharged(c.agreementId(), TrialAccount.trialFee(terms.trialFee(), today), today));
    }
}
