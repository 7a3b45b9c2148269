package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.Currency;

/**
 * What a quote needs to know of the agreement it covers, as the agreement stood when the quote was
 * made: its parties, its currency, and whether it is still open (not withdrawn, released, lapsed,
 * terminated or completed).
 */
public record CoveredAgreement(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                               Currency currency, boolean open) {
}
