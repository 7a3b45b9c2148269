package com.foretaste.application.insurance;

import com.foretaste.domain.insurance.policy.CoveredAgreement;
import com.foretaste.domain.shared.AgreementId;

import java.util.Optional;

/** What a quote needs of the agreement it covers, read from the agreement's own events (port). */
public interface CoveredAgreements {

    Optional<CoveredAgreement> find(AgreementId agreementId);
}
