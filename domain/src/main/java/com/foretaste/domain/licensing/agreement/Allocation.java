package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.util.Currency;
import java.util.List;

/** The part of a payment, a credit or a conversion that went to one amount due: interest, then principal. */
public record Allocation(int receivable, Money interest, Money principal) {

    public Money total() {
        return interest.plus(principal);
    }

    /** What a list of allocations applied in all, in {@code currency}. */
    public static Money total(List<Allocation> allocations, Currency currency) {
        return allocations.stream().map(Allocation::total).reduce(Money.zero(currency), Money::plus);
    }
}
