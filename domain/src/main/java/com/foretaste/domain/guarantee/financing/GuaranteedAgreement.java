package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

import java.util.Currency;

/**
 * The agreement a guarantee is requested for, as the platform read it from the agreement's events: its parties,
 * its currency, whether it is still open (not withdrawn, released, lapsed, terminated or completed) and the
 * obligor's outstanding guaranteed amount at the request (principal not yet paid plus interest in arrears).
 */
public record GuaranteedAgreement(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                                  Currency currency, boolean open, Money outstanding) {
}
