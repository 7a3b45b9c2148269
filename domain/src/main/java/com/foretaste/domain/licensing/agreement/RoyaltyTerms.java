package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.util.Objects;

/**
 * A running royalty on reported net sales, with an optional minimum annual royalty
 * ({@code null} when there is none) that is topped up at the end of each licence year.
 */
public record RoyaltyTerms(Rate rate, Money minimumAnnualRoyalty) {

    public RoyaltyTerms {
        Objects.requireNonNull(rate, "rate");
    }
}
