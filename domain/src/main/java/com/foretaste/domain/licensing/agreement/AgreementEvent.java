package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The facts of a licence agreement's life, in the order they happened. Stored forever. */
public sealed interface AgreementEvent {

    AgreementId agreementId();

    record AgreementProposed(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                             List<PatentNumber> patents, Terms terms, LocalDate proposedOn)
            implements AgreementEvent {
        public AgreementProposed {
            patents = List.copyOf(patents);
        }
    }

    record ProposalWithdrawn(AgreementId agreementId, String reason, LocalDate withdrawnOn)
            implements AgreementEvent {
    }

    /** The licensee accepted; the trial runs over {@code trial}, and the decision window opens after it. */
    record TrialStarted(AgreementId agreementId, DateRange trial) implements AgreementEvent {
    }

    /** The trial fee of the terms was charged when the trial started: amount 1 of the account, due 30 days later. */
    record TrialFeeCharged(AgreementId agreementId, ScheduledAmount fee, LocalDate chargedOn) implements AgreementEvent {
    }

    /**
     * The trial fee was still unpaid after the grace period, before any licence: recorded once, with the
     * principal and the interest owed that day. The trial and the decision go on; the fee stays owed.
     */
    record TrialFeeDefaulted(AgreementId agreementId, LocalDate defaultedOn, Money principal, Money interest)
            implements AgreementEvent {
    }

    /** The licensor consented to the licensee's request; {@code trial} is the whole trial now. */
    record TrialExtended(AgreementId agreementId, int additionalMonths, DateRange trial, String licenseeRequest,
                         LocalDate extendedOn) implements AgreementEvent {
    }

    record TrialFindingsReported(AgreementId agreementId, String summary, List<String> measuredResults,
                                 LocalDate reportedOn) implements AgreementEvent {
        public TrialFindingsReported {
            measuredResults = List.copyOf(measuredResults);
        }
    }

    /** The trial ran out without a decision; the licensee may still buy or walk away within the window. */
    record TrialEnded(AgreementId agreementId, LocalDate endedOn, DateRange decisionWindow) implements AgreementEvent {
    }

    /** The licensee bought the licence: the plan became the binding schedule of amounts due. */
    record LicencePurchased(AgreementId agreementId, LocalDate purchasedOn, DateRange licenceTerm,
                            List<ScheduledAmount> schedule) implements AgreementEvent {
        public LicencePurchased {
            schedule = List.copyOf(schedule);
        }
    }

    /** The decision window closed without a decision and the terms say CONVERT. */
    record LicenceConverted(AgreementId agreementId, LocalDate convertedOn, DateRange licenceTerm,
                            List<ScheduledAmount> schedule) implements AgreementEvent {
        public LicenceConverted {
            schedule = List.copyOf(schedule);
        }
    }

    /** The licensee walked away: no fee is owed and use of the patents must stop. */
    record WalkedAway(AgreementId agreementId, LocalDate walkedAwayOn, String reason) implements AgreementEvent {
    }

    record AgreementLapsed(AgreementId agreementId, LocalDate lapsedOn) implements AgreementEvent {
    }

    /** An amount fell due: on its date, or (revenue-conditional) on first revenue or at its backstop. */
    record AmountFellDue(AgreementId agreementId, int receivable, LocalDate dueOn, Money amount)
            implements AgreementEvent {
    }

    /** An amount was not paid on its due date; late interest runs from the day after. */
    record AmountOverdue(AgreementId agreementId, int receivable, LocalDate overdueOn, Money principal)
            implements AgreementEvent {
    }

    /**
     * An amount moved between ageing buckets at {@code daysPastDue}: up while unpaid ({@code fromBucket} null
     * on entering the first), or out of its bucket when paid off ({@code toBucket} null), so cures count by bucket.
     */
    record DelinquencyBucketChanged(AgreementId agreementId, int receivable, String fromBucket, String toBucket,
                                    long daysPastDue, LocalDate changedOn) implements AgreementEvent {
    }

    /** Money received, and how it was applied (oldest due first, interest before principal); the rest is credit. */
    record PaymentRecorded(AgreementId agreementId, String reference, LocalDate receivedOn, Money amount,
                           List<Allocation> allocations, Money credit) implements AgreementEvent {
        public PaymentRecorded {
            allocations = List.copyOf(allocations);
        }
    }

    /** Credit from an overpayment was applied to amounts that fell due. */
    record CreditApplied(AgreementId agreementId, LocalDate appliedOn, List<Allocation> allocations)
            implements AgreementEvent {
        public CreditApplied {
            allocations = List.copyOf(allocations);
        }
    }

    /**
     * Net sales reported for a period, at the royalty rate; {@code royaltyDue} is null when nothing is owed.
     * For a period of a licence year already closed it is reduced by that year's top-up ({@link LateRoyaltyOffset}).
     */
    record RoyaltyReported(AgreementId agreementId, DateRange period, Money netSales, Rate rate,
                           ScheduledAmount royaltyDue, LocalDate reportedOn) implements AgreementEvent {
    }

    /**
     * Net sales were reported for a period of licence year {@code licenceYear} after the year had closed:
     * of the {@code royalty} on them, {@code offset} was charged already as that year's minimum-royalty
     * top-up, so the report's {@code royaltyDue} is the rest (none when nothing is left).
     */
    record LateRoyaltyOffset(AgreementId agreementId, DateRange period, int licenceYear, Money royalty, Money offset,
                             LocalDate offsetOn) implements AgreementEvent {
    }

    /** A licence year ended: royalties reported in it, and the top-up to the minimum (null when none). */
    record LicenceYearClosed(AgreementId agreementId, int licenceYear, Money royaltiesReported,
                             ScheduledAmount minimumRoyaltyTopUp, LocalDate closedOn) implements AgreementEvent {
    }

    record AgreementDefaulted(AgreementId agreementId, LocalDate defaultedOn, Money principal, Money interest,
                              List<Integer> receivables) implements AgreementEvent {
        public AgreementDefaulted {
            receivables = List.copyOf(receivables);
        }
    }

    record DefaultCured(AgreementId agreementId, LocalDate curedOn) implements AgreementEvent {
    }

    record EquitySwapProposed(AgreementId agreementId, String swapId, long shares, BigDecimal pricePerShare,
                              long sharesOutstandingAfter, Money amount, Money valuation, Rate stake,
                              List<Integer> applyTo, LocalDate proposedOn) implements AgreementEvent {
        public EquitySwapProposed {
            applyTo = List.copyOf(applyTo);
        }
    }

    /** Both agreed: the amount was converted into equity, reducing the principal of these amounts due. */
    record EquitySwapAgreed(AgreementId agreementId, String swapId, List<Allocation> reductions, LocalDate agreedOn)
            implements AgreementEvent {
        public EquitySwapAgreed {
            reductions = List.copyOf(reductions);
        }
    }

    record TerminatedForDefault(AgreementId agreementId, LocalDate terminatedOn, String reason)
            implements AgreementEvent {
    }

    record TerminationProposed(AgreementId agreementId, OrganisationId proposedBy, String reason, LocalDate proposedOn)
            implements AgreementEvent {
    }

    record TerminatedByMutualConsent(AgreementId agreementId, LocalDate terminatedOn, String reason)
            implements AgreementEvent {
    }

    /** The licence term ended with nothing owed. */
    record LicenceCompleted(AgreementId agreementId, LocalDate completedOn) implements AgreementEvent {
    }
}
