package com.foretaste.application.guarantee;

import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What the process manager keeps of its own (port): which guarantees follow which agreement, as it learnt them from
 * the guarantees' requests, and the indemnities insurers paid on each default of an agreement.
 */
public interface GuaranteeFollowing {

    void follow(AgreementId agreementId, GuaranteeId guaranteeId);

    /** The guarantees requested for the agreement, in a stable order. */
    List<GuaranteeId> guaranteesOf(AgreementId agreementId);

    /**
     * Records that an insurer paid {@code amount} on claim {@code claimId} for the agreement's default of
     * {@code defaultedOn} (once per claim) and answers what insurers paid on that default in all.
     */
    Money indemnityPaid(AgreementId agreementId, LocalDate defaultedOn, String claimId, Money amount);
}
