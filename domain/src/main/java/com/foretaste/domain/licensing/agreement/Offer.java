package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.List;
import java.util.Set;

/** Who licenses which patents to whom, on what terms: fixed when the agreement is proposed. */
public record Offer(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                    List<PatentNumber> patents, Terms terms) {

    public Offer {
        patents = List.copyOf(patents);
    }

    /** The licensor and the licensee: the organisations that see the agreement and act on it. */
    public Set<OrganisationId> parties() {
        return Set.copyOf(List.of(licensor, licensee));
    }

    public boolean isParty(OrganisationId organisation) {
        return licensor.equals(organisation) || licensee.equals(organisation);
    }
}
