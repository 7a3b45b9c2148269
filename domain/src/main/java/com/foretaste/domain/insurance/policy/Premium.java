package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The premium (rate x insured amount, HALF_EVEN to the minor unit) and its two shares: the subsidy's
 * (subsidy share x premium, rounded toward zero) and the policyholder's (the rest), which add up exactly.
 */
public record Premium(Money total, Money subsidyShare, Money policyholderShare) {

    static Premium of(PolicyTerms terms) {
        Money total = terms.premiumRate().applyTo(terms.insuredAmount());
        if (terms.subsidyShare().isZero() || total.isZero()) {
            return new Premium(total, Money.zero(total.currency()), total);
        }
        BigDecimal share = terms.subsidyShare().value();
        List<Money> parts = total.allocate(List.of(share, BigDecimal.ONE.subtract(share)));
        return new Premium(total, parts.get(0), parts.get(1));
    }

    Money share(PremiumPayer payer) {
        return payer == PremiumPayer.SUBSIDY ? subsidyShare : policyholderShare;
    }
}
