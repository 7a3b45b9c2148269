package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.OrganisationId;

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
}
