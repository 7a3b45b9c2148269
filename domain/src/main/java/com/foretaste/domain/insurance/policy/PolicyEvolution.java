package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.insurance.policy.PolicyState.*;

import java.util.function.UnaryOperator;

/** Folds a policy's events into its state; an event that does not apply to the state leaves it unchanged. */
final class PolicyEvolution {

    private PolicyEvolution() {
    }

    static PolicyState evolve(PolicyState state, PolicyEvent event) {
        return switch (event) {
            case PolicyQuoted e -> new Quoted(PolicyFile.quoted(e.terms(), e.premium(), e.quotedOn()));
            case PremiumPaid e -> change(state, f -> f.withPremium(e.payer(), e.amount()));
            case PolicyActivated e -> new Active(States.fileOf(state), e.activatedOn());
            case PolicyLapsed e -> new Lapsed(States.fileOf(state), e.lapsedOn());
            case PolicyCancelled e -> new Cancelled(States.fileOf(state), state instanceof Active a ? a.activatedOn() : null,
                    e.cancelledOn(), e.reason(), e.earned(), e.refundToPolicyholder().plus(e.refundToSubsidy()));
            case PolicyExpired e -> state instanceof Active a ? new Expired(a.file(), a.activatedOn(), e.expiredOn()) : state;
            case DefaultCovered e -> change(state, f -> f.withDefault(new CoveredDefault(e.defaultedOn(), e.principal(),
                    e.interest(), e.receivables(), e.claimableFrom(), false, null)));
            case ClaimBecameFileable e -> change(state, f -> f.withDefaultChanged(e.defaultedOn(), CoveredDefault::madeClaimable));
            case DefaultCureNoted e -> change(state, f -> f.withDefaultChanged(e.defaultedOn(), d -> d.cure(e.curedOn())));
            case ClaimFiled e -> change(state, f -> f.withClaim(Claim.filed(e.claimId(), e.defaultedOn(), e.loss(),
                    e.filedOn(), e.filedBy())));
            case ClaimAssessed e -> claim(state, e.claimId(), c -> c.assessed(e.reserve(), e.assessedBy()));
            case ClaimApproved e -> claim(state, e.claimId(), c -> c.approved(e.indemnity(), e.approvedBy(), e.paymentDueOn()));
            case ClaimRejected e -> claim(state, e.claimId(), c -> c.ended(ClaimStatus.REJECTED, e.reason()));
            case ClaimPaid e -> claim(state, e.claimId(), c -> c.paid(e.paidOn()));
            case ClaimPaymentOverdue e -> claim(state, e.claimId(), Claim::overdue);
            case ClaimWithdrawn e -> claim(state, e.claimId(), c -> c.ended(ClaimStatus.WITHDRAWN, null));
            case RecoveryRecorded e -> {
                PolicyState recovered = claim(state, e.claimId(), c -> c.recovered(e.insurerShare(), e.insuredShare()));
                yield RecoveryDecisions.LICENSEE_PAYMENT.equals(e.source())
                        ? change(recovered, f -> f.withRecoveredPayment(e.sourceId())) : recovered;
            }
            case ClaimClosed e -> claim(state, e.claimId(), c -> c.ended(ClaimStatus.CLOSED, null));
        };
    }

    private static PolicyState claim(PolicyState state, ClaimId id, UnaryOperator<Claim> change) {
        return change(state, f -> f.withClaimChanged(id, change));
    }

    private static PolicyState change(PolicyState state, UnaryOperator<PolicyFile> change) {
        return switch (state) {
            case None s -> s;
            case Quoted s -> new Quoted(change.apply(s.file()));
            case Active s -> new Active(change.apply(s.file()), s.activatedOn());
            case Expired s -> new Expired(change.apply(s.file()), s.activatedOn(), s.expiredOn());
            case Cancelled s -> new Cancelled(change.apply(s.file()), s.activatedOn(), s.cancelledOn(), s.reason(), s.earned(),
                    s.refund());
            case Lapsed s -> new Lapsed(change.apply(s.file()), s.lapsedOn());
        };
    }
}
