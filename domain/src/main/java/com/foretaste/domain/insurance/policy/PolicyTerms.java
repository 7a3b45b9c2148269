package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

/**
 * The terms an insurer quotes (docs/domain/insurance.md): who is covered against whose default on which
 * agreement, for how much, at what price, over which period. {@code subsidyPayer} is null when there is
 * no subsidy; {@code automaticFiling} files a claim for the insured as soon as the waiting period ends.
 */
public record PolicyTerms(OrganisationId insurer, OrganisationId insured, OrganisationId policyholder,
                          AgreementId agreement, Money coverageLimit, Rate indemnityRatio, Money deductible,
                          Money insuredAmount, Rate premiumRate, Rate subsidyShare, OrganisationId subsidyPayer,
                          DateRange period, java.time.LocalDate premiumDueOn, int waitingPeriodDays,
                          int paymentPeriodDays, Money secondApprovalAbove, boolean automaticFiling) {
}
