package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.Parties;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one guarantee event moves of its guarantor's figures, on the event's date: the exposure (its change), the
 * exposure issued, the loss called, the amount honoured, partners' reimbursements (received less returned), the
 * beneficiary's refunds, recoveries (all of it, and the guarantor's own share) and write-offs.
 */
final class GuaranteeMovements {

    static final String EXPOSURE = "EXPOSURE";
    static final String ISSUED = "ISSUED";
    static final String CALLED = "CALLED";
    static final String HONOURED = "HONOURED";
    static final String REIMBURSED = "REIMBURSED";
    static final String REFUNDED = "REFUNDED";
    static final String RECOVERED = "RECOVERED";
    static final String RECOVERED_OWN = "RECOVERED_OWN";
    static final String WRITTEN_OFF = "WRITTEN_OFF";

    record Movement(String kind, LocalDate on, Money amount) {
    }

    private GuaranteeMovements() {
    }

    static List<Movement> of(GuaranteeState before, GuaranteeState after, GuaranteeEvent event) {
        LocalDate on = dateOf(event);
        List<Movement> moved = new ArrayList<>();
        Money exposureBefore = FinancingGuarantee.exposure(before);
        Money exposureAfter = FinancingGuarantee.exposure(after);
        Money change = exposureBefore == null ? exposureAfter : exposureAfter.minus(exposureBefore);
        if (!change.isZero()) {
            moved.add(new Movement(EXPOSURE, on, change));
        }
        switch (event) {
            case GuaranteeIssued e -> moved.add(new Movement(ISSUED, on, e.exposure()));
            case GuaranteeCalled e -> moved.add(new Movement(CALLED, on, e.loss()));
            case CallHonoured e -> moved.add(new Movement(HONOURED, on, e.amount()));
            case ReimbursementReceived e -> moved.add(new Movement(REIMBURSED, on, e.amount()));
            case ReimbursementReturned e -> moved.add(new Movement(REIMBURSED, on, Money.zero(e.amount().currency())
                    .minus(e.amount())));
            case BeneficiaryRefundReceived e -> moved.add(new Movement(REFUNDED, on, e.amount()));
            case RecoveryRecorded e -> {
                moved.add(new Movement(RECOVERED, on, e.amount()));
                moved.add(new Movement(RECOVERED_OWN, on, Share.of(e.shares(), Parties.GUARANTOR,
                        e.amount().currency())));
            }
            case CallWrittenOff e -> moved.add(new Movement(WRITTEN_OFF, on, e.amount()));
            default -> {
                // the rest moves only the exposure, if anything
            }
        }
        return moved;
    }

    /** The business date an event happened on. */
    static LocalDate dateOf(GuaranteeEvent event) {
        return switch (event) {
            case GuaranteeRequested e -> e.requestedOn();
            case GuaranteeApproved e -> e.approvedOn();
            case GuaranteeDeclined e -> e.declinedOn();
            case ApprovalLapsed e -> e.lapsedOn();
            case FeePaid e -> e.paidOn();
            case GuaranteeIssued e -> e.issuedOn();
            case FeeInstalmentOverdue e -> e.overdueOn();
            case OutstandingMoved e -> e.movedOn();
            case DefaultNoted e -> e.defaultedOn();
            case DefaultCureNoted e -> e.curedOn();
            case IndemnityNoted e -> e.notedOn();
            case GuaranteeCalled e -> e.calledOn();
            case CallWithdrawn e -> e.withdrawnOn();
            case CallRejected e -> e.rejectedOn();
            case CallAssessed e -> e.assessedOn();
            case CallHonoured e -> e.honouredOn();
            case ReimbursementClaimed e -> e.claimedOn();
            case ReimbursementReceived e -> e.receivedOn();
            case ReimbursementReturned e -> e.returnedOn();
            case HonourSettled e -> e.settledOn();
            case BeneficiaryRefundReceived e -> e.receivedOn();
            case CounterGuaranteeEnforced e -> e.enforcedOn();
            case RecoveryRecorded e -> e.recordedOn();
            case CallWrittenOff e -> e.writtenOffOn();
            case CaseClosed e -> e.closedOn();
            case GuaranteeReleased e -> e.releasedOn();
            case GuaranteeExpired e -> e.expiredOn();
        };
    }
}
