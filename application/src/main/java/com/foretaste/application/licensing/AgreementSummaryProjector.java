package com.foretaste.application.licensing;

import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.licensing.agreement.PatentNumber;

import java.time.LocalDate;

/**
 * Keeps the agreement summaries in step with agreement events. Each event is applied once: an event
 * whose sequence number the summary has already seen (a replay, a redelivery) changes nothing.
 */
public final class AgreementSummaryProjector {

    private final AgreementSummaries summaries;

    public AgreementSummaryProjector(AgreementSummaries summaries) {
        this.summaries = summaries;
    }

    public void on(AgreementEvent event, long sequence) {
        AgreementSummary current = summaries.find(event.agreementId()).orElse(null);
        if (current != null && current.lastSequence() >= sequence) {
            return;
        }
        if (current == null && !(event instanceof AgreementProposed)) {
            throw new IllegalStateException("agreement " + event.agreementId() + " has no summary before event "
                    + sequence + " (" + event.getClass().getSimpleName() + "); the projection must be rebuilt");
        }
        summaries.save(apply(current, event, sequence));
    }

    static AgreementSummary apply(AgreementSummary s, AgreementEvent event, long sequence) {
        return switch (event) {
            case AgreementProposed e -> new AgreementSummary(e.agreementId(), AgreementStatus.PROPOSED,
                    e.licensor(), e.licensee(), e.patents().stream().map(PatentNumber::value).toList(),
                    e.terms().price().licenceFee(), e.proposedOn(), null, null, sequence);
            case TrialStarted e -> trial(s, e.trial().start(), e.trial().lastDay(), sequence);
            case TrialExtended e -> trial(s, e.trial().start(), e.trial().lastDay(), sequence);
            case ProposalWithdrawn e -> status(s, AgreementStatus.WITHDRAWN, sequence);
            case TrialEnded e -> status(s, AgreementStatus.DECISION_PENDING, sequence);
            case LicencePurchased e -> status(s, AgreementStatus.LICENSED, sequence);
            case LicenceConverted e -> status(s, AgreementStatus.LICENSED, sequence);
            case WalkedAway e -> status(s, AgreementStatus.RELEASED, sequence);
            case AgreementLapsed e -> status(s, AgreementStatus.LAPSED, sequence);
            case AgreementDefaulted e -> status(s, AgreementStatus.DEFAULTED, sequence);
            case DefaultCured e -> status(s, AgreementStatus.LICENSED, sequence);
            case TerminatedForDefault e -> status(s, AgreementStatus.TERMINATED, sequence);
            case TerminatedByMutualConsent e -> status(s, AgreementStatus.TERMINATED, sequence);
            case LicenceCompleted e -> status(s, AgreementStatus.COMPLETED, sequence);
            case TrialFindingsReported e -> status(s, s.status(), sequence);
            case TrialFeeCharged e -> status(s, s.status(), sequence);
            case TrialFeeDefaulted e -> status(s, s.status(), sequence);
            case AmountFellDue e -> status(s, s.status(), sequence);
            case AmountOverdue e -> status(s, s.status(), sequence);
            case DelinquencyBucketChanged e -> status(s, s.status(), sequence);
            case PaymentRecorded e -> status(s, s.status(), sequence);
            case CreditApplied e -> status(s, s.status(), sequence);
            case RoyaltyReported e -> status(s, s.status(), sequence);
            case LicenceYearClosed e -> status(s, s.status(), sequence);
            case LateRoyaltyOffset e -> status(s, s.status(), sequence);
            case EquitySwapProposed e -> status(s, s.status(), sequence);
            case EquitySwapAgreed e -> status(s, s.status(), sequence);
            case TerminationProposed e -> status(s, s.status(), sequence);
        };
    }

    private static AgreementSummary trial(AgreementSummary s, LocalDate startsOn, LocalDate endsOn, long sequence) {
        return new AgreementSummary(s.agreementId(), AgreementStatus.TRIAL, s.licensor(), s.licensee(), s.patents(),
                s.licenceFee(), s.proposedOn(), startsOn, endsOn, sequence);
    }

    private static AgreementSummary status(AgreementSummary s, AgreementStatus status, long sequence) {
        return new AgreementSummary(s.agreementId(), status, s.licensor(), s.licensee(), s.patents(), s.licenceFee(),
                s.proposedOn(), s.trialStartsOn(), s.trialEndsOn(), sequence);
    }
}
