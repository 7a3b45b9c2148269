package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

/**
 * What an approved claim pays: {@code min(remaining limit, ratio x max(0, loss - deductible))}, the
 * ratio applied HALF_EVEN to the minor unit. The remaining limit is the coverage limit less every
 * indemnity approved or paid before, so the indemnities of a policy never exceed its limit.
 */
public final class IndemnityPolicy {

    private IndemnityPolicy() {
    }

    public static Money indemnity(Money loss, Money deductible, Rate ratio, Money remainingLimit) {
        Money retained = loss.minus(deductible);
        Money covered = retained.isPositive() ? ratio.applyTo(retained) : Money.zero(loss.currency());
        Money remaining = remainingLimit.isNegative() ? Money.zero(loss.currency()) : remainingLimit;
        return covered.compareTo(remaining) <= 0 ? covered : remaining;
    }
}
