package com.foretaste.application.insurance;

import com.foretaste.application.licensing.AgreementStates;
import com.foretaste.domain.insurance.policy.CoveredAgreement;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.shared.AgreementId;

import java.util.Optional;

/** What a quote needs of the agreement it covers, read from the agreement's own events (port). */
public interface CoveredAgreements {

    Optional<CoveredAgreement> find(AgreementId agreementId);

    /** The agreement as a quote sees it: its parties, its currency and whether it is open; empty if never proposed. */
    static Optional<CoveredAgreement> of(AgreementId id, AgreementState state) {
        return AgreementStates.offer(state).map(o -> new CoveredAgreement(id, o.licensor(), o.licensee(),
                o.terms().currency(), AgreementStates.open(state)));
    }
}
