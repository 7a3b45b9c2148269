package com.foretaste.application.licensing;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

/** Running totals of one agreement for the portfolio; {@code lastSequence} as in {@link AgreementSummary}. */
public record AgreementFinance(AgreementId agreementId, OrganisationId licensor, OrganisationId licensee,
                               Money fellDue, Money received, Money convertedToEquity, long lastSequence) {
}
