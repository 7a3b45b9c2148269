package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;

import java.util.List;
import java.util.Objects;

/**
 * The price of the licence: the agreed licence fee, paid as an upfront part due at purchase plus
 * instalments (together exactly the fee), and/or a running royalty ({@code null} when there is none).
 */
public record Price(Money licenceFee, Money upfrontFee, List<Instalment> instalments, RoyaltyTerms royalty) {

    public Price {
        Objects.requireNonNull(licenceFee, "licenceFee");
        Objects.requireNonNull(upfrontFee, "upfrontFee");
        instalments = List.copyOf(instalments);
    }

    /** What the upfront part and the instalments add up to; the rules require it to equal the fee. */
    public Money plannedTotal() {
        return instalments.stream().map(Instalment::amount).reduce(upfrontFee, Money::plus);
    }
}
