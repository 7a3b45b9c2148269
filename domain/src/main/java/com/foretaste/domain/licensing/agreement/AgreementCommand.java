package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.List;

/** What parties ask of a licence agreement. The acting organisation is part of every command. */
public sealed interface AgreementCommand {

    AgreementId agreementId();

    /** The licensor offers patents to a licensee for a trial on the given terms. */
    record ProposeAgreement(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                            List<PatentNumber> patents, Terms terms) implements AgreementCommand {
        public ProposeAgreement {
            patents = List.copyOf(patents);
        }
    }

    /** The licensor takes back a proposal that has not been accepted; the reason may be empty. */
    record WithdrawProposal(AgreementId agreementId, OrganisationId actingOrganisation, String reason)
            implements AgreementCommand {
    }

    /** The licensee named in the proposal accepts it; the trial starts that business date. */
    record AcceptTrial(AgreementId agreementId, OrganisationId actingOrganisation) implements AgreementCommand {
    }
}
