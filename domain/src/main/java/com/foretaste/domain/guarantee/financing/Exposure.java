package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.Money;

/**
 * A guarantee's exposure: the lower of its cap and its coverage ratio of the obligor's outstanding guaranteed
 * amount, HALF_EVEN to the fen. Cap 300,000.00 at 70%: 500,000.00 outstanding gives 300,000.00; 400,000.00 gives
 * 280,000.00; nothing outstanding gives nothing.
 */
public final class Exposure {

    private Exposure() {
    }

    public static Money of(GuaranteeTerms terms, Money outstanding) {
        Money covered = terms.coverageRatio().applyTo(outstanding);
        return covered.compareTo(terms.cap()) <= 0 ? covered : terms.cap();
    }
}
