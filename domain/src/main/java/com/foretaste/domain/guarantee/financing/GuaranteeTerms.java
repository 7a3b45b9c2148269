package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

/**
 * The terms of a financing guarantee (docs/domain/guarantees.md): the guarantor guarantees the obligor's payments
 * under one agreement for the beneficiary, up to {@code cap}, at {@code coverageRatio} of the outstanding amount,
 * for an annual fee rate over {@code term}, against a counter-guarantee (null when none), in a risk-sharing
 * programme; a call honoured above {@code secondApprovalAbove} needs a second person.
 */
public record GuaranteeTerms(OrganisationId guarantor, OrganisationId beneficiary, OrganisationId obligor,
                             AgreementId agreementId, Money cap, Rate coverageRatio, Rate annualFeeRate, DateRange term,
                             CounterGuarantee counterGuarantee, RiskSharing programme, Money secondApprovalAbove) {
}
