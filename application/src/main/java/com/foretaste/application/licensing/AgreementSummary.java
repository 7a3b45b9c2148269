package com.foretaste.application.licensing;

import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the agreements list: what a party scans for. {@code lastSequence} is the sequence
 * number of the last event folded in, so a replayed event is recognised and skipped.
 */
public record AgreementSummary(AgreementId agreementId, AgreementStatus status, OrganisationId licensor,
                               OrganisationId licensee, List<String> patents, Money licenceFee,
                               LocalDate proposedOn, LocalDate trialStartsOn, LocalDate trialEndsOn,
                               long lastSequence) {

    public AgreementSummary {
        patents = List.copyOf(patents);
    }
}
