package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** The facts of a financing guarantee's life and of its call, in the order they happened. Stored forever. */
public sealed interface GuaranteeEvent {

    GuaranteeId guaranteeId();

    record GuaranteeRequested(GuaranteeId guaranteeId, GuaranteeTerms terms, GuaranteedAgreement agreement,
                              String requestedBy, LocalDate requestedOn) implements GuaranteeEvent {
    }

    /** Approved within the limits with {@code liability} (its exposure then); the fee falls due in these instalments. */
    record GuaranteeApproved(GuaranteeId guaranteeId, List<FeeInstalment> fee, Money liability, String approvedBy,
                             LocalDate approvedOn) implements GuaranteeEvent {
        public GuaranteeApproved {
            fee = List.copyOf(fee);
        }
    }

    record GuaranteeDeclined(GuaranteeId guaranteeId, String reason, String declinedBy, LocalDate declinedOn)
            implements GuaranteeEvent {
    }

    /** The first fee instalment was not paid by its due date: the approval lapsed. */
    record ApprovalLapsed(GuaranteeId guaranteeId, LocalDate lapsedOn) implements GuaranteeEvent {
    }

    record FeePaid(GuaranteeId guaranteeId, Money amount, String reference, String recordedBy, LocalDate paidOn)
            implements GuaranteeEvent {
    }

    /** The first fee instalment was paid in full: the guarantee is in force with this exposure. */
    record GuaranteeIssued(GuaranteeId guaranteeId, LocalDate issuedOn, Money exposure) implements GuaranteeEvent {
    }

    /** An instalment of the fee was still unpaid the day after its due date (recorded once). */
    record FeeInstalmentOverdue(GuaranteeId guaranteeId, int number, Money unpaid, LocalDate overdueOn)
            implements GuaranteeEvent {
    }

    /** The obligor's outstanding guaranteed amount moved, and with it the exposure (recorded as decided). */
    record OutstandingMoved(GuaranteeId guaranteeId, Movement movement, String sourceId, Money outstanding,
                            Money exposure, LocalDate movedOn) implements GuaranteeEvent {
    }

    /** A default of the guaranteed agreement while the guarantee was in force: it may be called on. */
    record DefaultNoted(GuaranteeId guaranteeId, LocalDate defaultedOn, Money principal, Money interest)
            implements GuaranteeEvent {
    }

    record DefaultCureNoted(GuaranteeId guaranteeId, LocalDate defaultedOn, LocalDate curedOn) implements GuaranteeEvent {
    }

    /** The insurer paid {@code indemnity} on the default: the part of the loss the guarantor's ratio does not apply to. */
    record IndemnityNoted(GuaranteeId guaranteeId, LocalDate defaultedOn, Money indemnity, LocalDate notedOn)
            implements GuaranteeEvent {
    }

    record GuaranteeCalled(GuaranteeId guaranteeId, CallId callId, LocalDate defaultedOn, Money loss, String calledBy,
                           LocalDate calledOn) implements GuaranteeEvent {
    }

    /** The obligor cured the default before the call was honoured. */
    record CallWithdrawn(GuaranteeId guaranteeId, CallId callId, LocalDate withdrawnOn) implements GuaranteeEvent {
    }

    record CallRejected(GuaranteeId guaranteeId, CallId callId, String reason, String rejectedBy, LocalDate rejectedOn)
            implements GuaranteeEvent {
    }

    /** Prepared for honouring: min(exposure, ratio x (loss - indemnity)) with the indemnity noted so far. */
    record CallAssessed(GuaranteeId guaranteeId, CallId callId, Money indemnity, Money amount, String assessedBy,
                        LocalDate assessedOn) implements GuaranteeEvent {
    }

    record CallHonoured(GuaranteeId guaranteeId, CallId callId, Money amount, String reference, String honouredBy,
                        LocalDate honouredOn) implements GuaranteeEvent {
    }

    /** A partner of the programme owes the guarantor its share of the honoured amount. */
    record ReimbursementClaimed(GuaranteeId guaranteeId, CallId callId, String partner, Money amount, LocalDate claimedOn)
            implements GuaranteeEvent {
    }

    record ReimbursementReceived(GuaranteeId guaranteeId, CallId callId, String partner, Money amount, String reference,
                                 LocalDate receivedOn) implements GuaranteeEvent {
    }

    /** The guarantor paid back to a partner what the partner had reimbursed beyond its settled share. */
    record ReimbursementReturned(GuaranteeId guaranteeId, CallId callId, String partner, Money amount, String reference,
                                 LocalDate returnedOn) implements GuaranteeEvent {
    }

    /**
     * The insurer paid after the guarantor: the guarantor's waterfall share is {@code share}, the beneficiary owes it
     * {@code refundDue} back, and each partner's reimbursement is now {@code reimbursementsOwed} (a partner that paid
     * more is owed the difference back by the guarantor).
     */
    record HonourSettled(GuaranteeId guaranteeId, CallId callId, Money indemnity, Money share, Money refundDue,
                         List<Share> reimbursementsOwed, LocalDate settledOn) implements GuaranteeEvent {
        public HonourSettled {
            reimbursementsOwed = List.copyOf(reimbursementsOwed);
        }
    }

    record BeneficiaryRefundReceived(GuaranteeId guaranteeId, CallId callId, Money amount, String reference,
                                     LocalDate receivedOn) implements GuaranteeEvent {
    }

    /** The counter-guarantee was enforced, yielding {@code proceeds}, recorded as a recovery. */
    record CounterGuaranteeEnforced(GuaranteeId guaranteeId, CallId callId, Money proceeds, String reference,
                                    LocalDate enforcedOn) implements GuaranteeEvent {
    }

    /** Money recovered on the honoured call, shared between the guarantor and its partners in proportion to what each bore. */
    record RecoveryRecorded(GuaranteeId guaranteeId, CallId callId, Money amount, RecoverySource source, String reference,
                            List<Share> shares, LocalDate recordedOn) implements GuaranteeEvent {
        public RecoveryRecorded {
            shares = List.copyOf(shares);
        }
    }

    record CallWrittenOff(GuaranteeId guaranteeId, CallId callId, Money amount, String reason, String writtenOffBy,
                          LocalDate writtenOffOn) implements GuaranteeEvent {
    }

    /** Nothing more is expected of the case: {@code reason} is RECOVERED_IN_FULL or WRITTEN_OFF. */
    record CaseClosed(GuaranteeId guaranteeId, CallId callId, String reason, LocalDate closedOn) implements GuaranteeEvent {
    }

    /** The obligations were paid in full: the guarantor is released. */
    record GuaranteeReleased(GuaranteeId guaranteeId, LocalDate releasedOn) implements GuaranteeEvent {
    }

    /** The term ended ({@code expiredOn}: its first day after) with no call open. */
    record GuaranteeExpired(GuaranteeId guaranteeId, LocalDate expiredOn) implements GuaranteeEvent {
    }
}
