package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.List;

/** Who licenses which patents to whom, on what terms: fixed when the agreement is proposed. */
public record Offer(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                    List<PatentNumber> patents, Terms terms) {

    public Offer {
        patents = List.copyOf(patents);
    }

    public boolean isParty(OrganisationId organisation) {
        return licensor.equals(organisation) || licensee.equals(organisation);
    }
}
