package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeState.*;
import com.foretaste.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Folds a guarantee's events into its state; an event that does not apply to the state leaves it unchanged. */
final class GuaranteeEvolution {

    private GuaranteeEvolution() {
    }

    static GuaranteeState evolve(GuaranteeState state, GuaranteeEvent event) {
        if (event instanceof GuaranteeRequested e) {
            return new Requested(GuaranteeFile.requested(e.terms(), e.agreement(), e.requestedOn(), e.requestedBy()));
        }
        if (state instanceof None) {
            return state;
        }
        GuaranteeFile f = States.fileOf(state);
        return switch (event) {
            case GuaranteeRequested e -> state;
            case GuaranteeApproved e -> new Approved(f.approved(e.fee()));
            case GuaranteeDeclined e -> new Declined(f);
            case ApprovalLapsed e -> new Lapsed(f);
            case FeePaid e -> change(state, x -> x.feeReceived(e.amount()));
            case GuaranteeIssued e -> new Issued(f.issued(e.issuedOn()).outstanding(f.outstanding(), e.exposure()));
            case FeeInstalmentOverdue e -> change(state, x -> x.feeOverdue(e.number()));
            case OutstandingMoved e -> change(state, x -> x.outstanding(e.outstanding(), e.exposure()));
            case DefaultNoted e -> change(state, x -> x.defaulted(new NotedDefault(e.defaultedOn(), e.principal(),
                    e.interest(), null, Money.zero(e.principal().currency()))));
            case DefaultCureNoted e -> change(state, x -> x.defaultChanged(e.defaultedOn(), d -> d.cure(e.curedOn())));
            case IndemnityNoted e -> change(state, x -> indemnified(x, e));
            case GuaranteeCalled e -> new Called(f.withCall(Call.made(e.callId(), e.defaultedOn(), e.loss(), e.calledOn(),
                    e.calledBy())));
            case CallWithdrawn e -> new Issued(f.withCall(null));
            case CallRejected e -> new Issued(f.withCall(null));
            case CallAssessed e -> change(state, x -> x.callChanged(c -> c.assessed(e.indemnity(), e.amount(), e.assessedBy())));
            case CallHonoured e -> new Honoured(f.callChanged(c -> c.honoured(e.amount(), e.honouredOn(), e.honouredBy()))
                    .outstanding(f.outstanding(), Money.zero(e.amount().currency())));
            case ReimbursementClaimed e -> change(state, x -> x.callChanged(c -> c.owed(plus(c.reimbursementsOwed(),
                    new Share(e.partner(), e.amount())))));
            case ReimbursementReceived e -> change(state, x -> x.callChanged(c -> c.reimbursedBy(e.partner(), e.amount())));
            case ReimbursementReturned e -> change(state, x -> x.callChanged(c -> c.reimbursedBy(e.partner(),
                    Money.zero(e.amount().currency()).minus(e.amount()))));
            case HonourSettled e -> change(state, x -> x.callChanged(c -> c.settled(e.indemnity(), e.share(), e.refundDue(),
                    e.reimbursementsOwed())));
            case BeneficiaryRefundReceived e -> change(state, x -> x.callChanged(c -> c.refundedBy(e.amount())));
            case CounterGuaranteeEnforced e -> state;
            case RecoveryRecorded e -> new Recovering(f.callChanged(c -> c.recovered(e.shares())));
            case CallWrittenOff e -> change(state, x -> x.callChanged(c -> c.writtenOff(e.amount())));
            case CaseClosed e -> new Closed(f);
            case GuaranteeReleased e -> new Released(f.outstanding(f.outstanding(), Money.zero(f.exposure().currency())));
            case GuaranteeExpired e -> new Expired(f.outstanding(f.outstanding(), Money.zero(f.exposure().currency())));
        };
    }

    /** The insurer's indemnity on a default; an assessment made before it is void, since the amount moved. */
    private static GuaranteeFile indemnified(GuaranteeFile f, IndemnityNoted e) {
        GuaranteeFile noted = f.defaultChanged(e.defaultedOn(), d -> d.indemnified(e.indemnity()));
        Call call = f.call();
        if (call == null || !call.defaultedOn().equals(e.defaultedOn()) || call.isHonoured()) {
            return noted;
        }
        return noted.withCall(call.assessed(e.indemnity(), null, null));
    }

    static GuaranteeState change(GuaranteeState state, UnaryOperator<GuaranteeFile> change) {
        return switch (state) {
            case None s -> s;
            case Requested s -> new Requested(change.apply(s.file()));
            case Approved s -> new Approved(change.apply(s.file()));
            case Declined s -> new Declined(change.apply(s.file()));
            case Lapsed s -> new Lapsed(change.apply(s.file()));
            case Issued s -> new Issued(change.apply(s.file()));
            case Called s -> new Called(change.apply(s.file()));
            case Honoured s -> new Honoured(change.apply(s.file()));
            case Recovering s -> new Recovering(change.apply(s.file()));
            case Closed s -> new Closed(change.apply(s.file()));
            case Released s -> new Released(change.apply(s.file()));
            case Expired s -> new Expired(change.apply(s.file()));
        };
    }

    private static List<Share> plus(List<Share> list, Share item) {
        List<Share> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}
