package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.licensing.agreement.AgreementState.*;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** How each agreement event changes the state: the {@code evolve} half of the decider. */
final class AgreementEvolution {

    private AgreementEvolution() {
    }

    static AgreementState evolve(AgreementState state, AgreementEvent event) {
        return switch (event) {
            case AgreementProposed e -> new Proposed(
                    new Offer(e.agreementId(), e.licensor(), e.licensee(), e.patents(), e.terms()), e.proposedOn());
            case ProposalWithdrawn e -> {
                Proposed p = (Proposed) state;
                yield new Withdrawn(p.offer(), p.proposedOn(), e.withdrawnOn(), e.reason());
            }
            case TrialStarted e -> {
                Proposed p = (Proposed) state;
                yield new Trial(p.offer(), p.proposedOn(), e.trial(), TrialAccount.opened(p.offer().terms().currency()));
            }
            case TrialFeeCharged e -> ledger(state, l -> l.adding(e.fee()));
            case TrialFeeDefaulted e -> States.withAccount(state, States.account(state)
                    .defaultedOn(new DefaultRecord(e.defaultedOn(), e.principal(), e.interest())));
            case TrialExtended e -> {
                Trial t = (Trial) state;
                yield new Trial(t.offer(), t.proposedOn(), e.trial(), t.account());
            }
            case TrialFindingsReported e -> state;
            case TrialEnded e -> {
                Trial t = (Trial) state;
                yield new DecisionPending(t.offer(), t.proposedOn(), t.trial(), e.decisionWindow(), t.account());
            }
            case LicencePurchased e -> licensed(state, e.purchasedOn(), false, e.licenceTerm(), e.schedule());
            case LicenceConverted e -> licensed(state, e.convertedOn(), true, e.licenceTerm(), e.schedule());
            case WalkedAway e -> new Released(States.offer(state), States.proposedOn(state), States.trial(state),
                    e.walkedAwayOn(), e.reason(), States.account(state));
            case AgreementLapsed e -> new Lapsed(States.offer(state), States.proposedOn(state), States.trial(state),
                    e.lapsedOn(), States.account(state));
            case AmountFellDue e -> ledger(state, l -> l.update(e.receivable(), r -> r.fellDueOn(e.dueOn())));
            case AmountOverdue e -> ledger(state, l -> l.update(e.receivable(), Receivable::markedOverdue));
            case DelinquencyBucketChanged e -> ledger(state, l -> l.update(e.receivable(), r -> r.inBucket(e.toBucket())));
            case PaymentRecorded e -> ledger(state, l -> l.applying(e.receivedOn(), e.allocations(), rate(state))
                    .withCredit(l.credit().plus(e.credit())));
            case CreditApplied e -> ledger(state, l -> l.applying(e.appliedOn(), e.allocations(), rate(state))
                    .withCredit(l.credit().minus(Allocation.total(e.allocations(), l.credit().currency()))));
            case RoyaltyReported e -> licence(state, lic -> {
                Licence reported = lic.withRoyalty(new RoyaltyReport(e.period(), e.netSales(), e.rate().applyTo(e.netSales())));
                return e.royaltyDue() == null ? reported : reported.withLedger(reported.ledger().adding(e.royaltyDue()));
            });
            case LateRoyaltyOffset e -> state;
            case LicenceYearClosed e -> licence(state, lic -> {
                Licence closed = lic.withClosedYear(e.licenceYear());
                return e.minimumRoyaltyTopUp() == null ? closed
                        : closed.withLedger(closed.ledger().adding(e.minimumRoyaltyTopUp()));
            });
            case AgreementDefaulted e -> new Defaulted(States.offer(state), States.licence(state),
                    new DefaultRecord(e.defaultedOn(), e.principal(), e.interest()));
            case DefaultCured e -> new Licensed(States.offer(state), States.licence(state));
            case EquitySwapProposed e -> licence(state, lic -> lic.withSwap(new EquitySwap(e.swapId(), e.shares(),
                    e.pricePerShare(), e.sharesOutstandingAfter(), e.amount(), e.valuation(), e.stake(), e.applyTo(),
                    e.proposedOn(), null)));
            case EquitySwapAgreed e -> licence(state, lic -> lic.withSwap(lic.swap(e.swapId()).orElseThrow()
                    .agreedOn(e.agreedOn())).withLedger(lic.ledger().converting(e.agreedOn(), e.reductions(), rate(state))));
            case TerminatedForDefault e -> new Terminated(States.offer(state), States.licence(state), e.terminatedOn(),
                    e.reason(), true);
            case TerminationProposed e -> licence(state, lic -> lic.withTerminationProposedBy(e.proposedBy()));
            case TerminatedByMutualConsent e -> new Terminated(States.offer(state), States.licence(state),
                    e.terminatedOn(), e.reason(), false);
            case LicenceCompleted e -> new Completed(States.offer(state), States.licence(state), e.completedOn());
        };
    }

    private static AgreementState licensed(AgreementState state, LocalDate on, boolean converted, DateRange term,
                                           List<ScheduledAmount> schedule) {
        Offer offer = States.offer(state);
        Ledger ledger = States.account(state).ledger();
        for (ScheduledAmount amount : schedule) {
            ledger = ledger.adding(amount);
        }
        return new Licensed(offer, new Licence(States.proposedOn(state), States.trial(state), on, converted, term,
                ledger, List.of(), Set.of(), List.of(), null));
    }

    private static AgreementState ledger(AgreementState state, UnaryOperator<Ledger> change) {
        return States.withLedger(state, change.apply(States.ledger(state)));
    }

    private static AgreementState licence(AgreementState state, UnaryOperator<Licence> change) {
        return States.withLicence(state, change.apply(States.licence(state)));
    }

    private static Rate rate(AgreementState state) {
        return States.offer(state).terms().lateInterestDailyRate();
    }
}
