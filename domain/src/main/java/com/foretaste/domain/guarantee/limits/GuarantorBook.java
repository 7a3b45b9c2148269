package com.foretaste.domain.guarantee.limits;

import com.foretaste.domain.shared.Money;

import java.util.Objects;

/**
 * A guarantor's book as the limits see it before one more guarantee: its net assets (configured or recorded by
 * the operator), whether it serves mainly small and micro firms, its outstanding guarantee liability in total,
 * to the obligor alone, and to the obligor together with its related parties (which includes the obligor's).
 */
public record GuarantorBook(Money netAssets, boolean servesMainlySmallAndMicro, Money outstanding,
                            Money obligorOutstanding, Money obligorGroupOutstanding) {

    public GuarantorBook {
        Objects.requireNonNull(netAssets, "netAssets");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(obligorOutstanding, "obligorOutstanding");
        Objects.requireNonNull(obligorGroupOutstanding, "obligorGroupOutstanding");
    }
}
