package com.foretaste.application.licensing;

import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.licensing.agreement.PatentNumber;

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
        summaries.save(apply(current, event, sequence));
    }

    static AgreementSummary apply(AgreementSummary s, AgreementEvent event, long sequence) {
        return switch (event) {
            case AgreementProposed e -> new AgreementSummary(e.agreementId(), AgreementStatus.PROPOSED,
                    e.licensor(), e.licensee(), e.patents().stream().map(PatentNumber::value).toList(),
                    e.terms().price().licenceFee(), e.proposedOn(), null, null, sequence);
            case ProposalWithdrawn e -> new AgreementSummary(s.agreementId(), AgreementStatus.WITHDRAWN,
                    s.licensor(), s.licensee(), s.patents(), s.licenceFee(), s.proposedOn(), null, null, sequence);
            case TrialStarted e -> new AgreementSummary(s.agreementId(), AgreementStatus.TRIAL,
                    s.licensor(), s.licensee(), s.patents(), s.licenceFee(), s.proposedOn(),
                    e.trial().start(), e.trial().lastDay(), sequence);
        };
    }
}
