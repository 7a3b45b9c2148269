package com.foretaste.application.guarantee;

import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.Optional;

/** What the process manager reads of the agreements and the policies from their own events (port). */
public interface AgreementFigures {

    /** The obligor's outstanding guaranteed amount right after the agreement's event {@code sequence}, on {@code on}. */
    Optional<Money> outstandingAfter(AgreementId agreementId, long sequence, LocalDate on);

    /** The agreement and the default a policy's claim was filed on; empty when there is no such claim. */
    Optional<ClaimedDefault> claimedDefault(PolicyId policyId, ClaimId claimId);

    record ClaimedDefault(AgreementId agreementId, LocalDate defaultedOn) {
    }
}
