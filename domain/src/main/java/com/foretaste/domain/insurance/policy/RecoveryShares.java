package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.util.List;

/**
 * Recoveries from the licensee are shared between insurer and insured in proportion to what each bore
 * of the loss: the insurer its indemnity, the insured the rest. The shares are computed on the running
 * total recovered (rounding the insurer's toward zero) and each recovery takes the difference, so at
 * any point the shares add up to what was recovered and, once the whole loss is recovered, each party
 * has exactly what it bore.
 */
public final class RecoveryShares {

    /** A recovery split: the insurer's part and the insured's part. */
    public record Split(Money insurer, Money insured) {
    }

    private RecoveryShares() {
    }

    public static Split of(Money loss, Money indemnity, Money recoveredBefore, Money recovery) {
        Split before = cumulative(loss, indemnity, recoveredBefore);
        Split after = cumulative(loss, indemnity, recoveredBefore.plus(recovery));
        return new Split(after.insurer().minus(before.insurer()), after.insured().minus(before.insured()));
    }

    private static Split cumulative(Money loss, Money indemnity, Money recovered) {
        if (recovered.isZero() || loss.isZero()) {
            return new Split(Money.zero(loss.currency()), recovered);
        }
        List<Money> shares = recovered.allocate(List.of(indemnity.amount(), loss.minus(indemnity).amount()));
        return new Split(shares.get(0), shares.get(1));
    }
}
