package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** The facts of a policy's life and of its claims, in the order they happened. Stored forever. */
public sealed interface PolicyEvent {

    PolicyId policyId();

    /** The insurer quoted these terms; {@code quotedBy} is the person who did. */
    record PolicyQuoted(PolicyId policyId, PolicyTerms terms, Premium premium, String quotedBy, LocalDate quotedOn)
            implements PolicyEvent {
    }

    /** The insurer received a share's payment of premium. */
    record PremiumPaid(PolicyId policyId, PremiumPayer payer, Money amount, String reference, LocalDate paidOn)
            implements PolicyEvent {
    }

    /** The whole premium was received: the policy covers defaults from this day on, inside its period. */
    record PolicyActivated(PolicyId policyId, LocalDate activatedOn) implements PolicyEvent {
    }

    /** The premium was not paid in full by its due date; the shares received are returned. */
    record PolicyLapsed(PolicyId policyId, LocalDate lapsedOn, Money refundToPolicyholder, Money refundToSubsidy)
            implements PolicyEvent {
    }

    /** The policyholder cancelled: premium earned up to that day is kept, the rest returned to those who paid it. */
    record PolicyCancelled(PolicyId policyId, LocalDate cancelledOn, String reason, Money earned,
                           Money refundToPolicyholder, Money refundToSubsidy) implements PolicyEvent {
    }

    /** The policy period ended on {@code expiredOn} (the first day it no longer covers). */
    record PolicyExpired(PolicyId policyId, LocalDate expiredOn) implements PolicyEvent {
    }

    /** A default of the covered agreement inside the cover: a claim on it may be filed from {@code claimableFrom}. */
    record DefaultCovered(PolicyId policyId, LocalDate defaultedOn, Money principal, Money interest,
                          List<Integer> receivables, LocalDate claimableFrom) implements PolicyEvent {
        public DefaultCovered {
            receivables = List.copyOf(receivables);
        }
    }

    /** The waiting period after the default ended: the insured may file its claim. */
    record ClaimBecameFileable(PolicyId policyId, LocalDate defaultedOn, LocalDate on) implements PolicyEvent {
    }

    /** The licensee cured the default: no claim can be filed on it any more. */
    record DefaultCureNoted(PolicyId policyId, LocalDate defaultedOn, LocalDate curedOn) implements PolicyEvent {
    }

    /** A claim on the default of {@code defaultedOn} for its loss; {@code automatic} when the policy filed it. */
    record ClaimFiled(PolicyId policyId, ClaimId claimId, LocalDate defaultedOn, Money loss, String filedBy,
                      boolean automatic, LocalDate filedOn) implements PolicyEvent {
    }

    /** The claim was assessed and a reserve (the expected indemnity) set or revised. */
    record ClaimAssessed(PolicyId policyId, ClaimId claimId, Money reserve, String assessedBy, String note,
                         LocalDate assessedOn) implements PolicyEvent {
    }

    /** Approved with the indemnity of the formula; to be paid by {@code paymentDueOn}. */
    record ClaimApproved(PolicyId policyId, ClaimId claimId, Money indemnity, String approvedBy,
                         LocalDate approvedOn, LocalDate paymentDueOn) implements PolicyEvent {
    }

    record ClaimRejected(PolicyId policyId, ClaimId claimId, String reason, String rejectedBy, LocalDate rejectedOn)
            implements PolicyEvent {
    }

    record ClaimPaid(PolicyId policyId, ClaimId claimId, Money amount, String reference, String paidBy,
                     LocalDate paidOn) implements PolicyEvent {
    }

    /** An approved claim was still unpaid after its payment due date. */
    record ClaimPaymentOverdue(PolicyId policyId, ClaimId claimId, LocalDate dueOn, LocalDate overdueOn)
            implements PolicyEvent {
    }

    /** The licensee cured the default before the claim was paid. */
    record ClaimWithdrawn(PolicyId policyId, ClaimId claimId, LocalDate withdrawnOn) implements PolicyEvent {
    }

    /**
     * Money recovered from the licensee on a paid claim, shared in proportion to what each bore;
     * {@code source} says whence (a licensee's payment on the agreement, or the insurer's own collection)
     * and {@code sourceId} identifies it.
     */
    record RecoveryRecorded(PolicyId policyId, ClaimId claimId, Money amount, Money insurerShare, Money insuredShare,
                            String source, String sourceId, LocalDate recordedOn) implements PolicyEvent {
    }

    /** Nothing more is expected on the claim: recovered in full, or closed by the insurer. */
    record ClaimClosed(PolicyId policyId, ClaimId claimId, String reason, LocalDate closedOn) implements PolicyEvent {
    }
}
