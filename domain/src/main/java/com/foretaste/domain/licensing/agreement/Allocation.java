package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

/** The part of a payment, a credit or a conversion that went to one amount due: interest, then principal. */
public record Allocation(int receivable, Money interest, Money principal) {

    public Money total() {
        return interest.plus(principal);
    }
}
