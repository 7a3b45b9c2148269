package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Transfer then equity: part of the outstanding fee converted into {@code shares} of the licensee at
 * {@code pricePerShare}. The amount is shares x price exactly; the valuation is the post-money value
 * (price x shares outstanding after the issue) and the stake the licensor's resulting share.
 * {@code applyTo} names the amounts due to reduce, in order; empty means latest due first.
 */
public record EquitySwap(String swapId, long shares, BigDecimal pricePerShare, long sharesOutstandingAfter,
                         Money amount, Money valuation, Rate stake, List<Integer> applyTo, LocalDate proposedOn,
                         LocalDate agreedOn) {

    public EquitySwap {
        applyTo = List.copyOf(applyTo);
    }

    public boolean isAgreed() {
        return agreedOn != null;
    }

    EquitySwap agreedOn(LocalDate date) {
        return new EquitySwap(swapId, shares, pricePerShare, sharesOutstandingAfter, amount, valuation, stake, applyTo,
                proposedOn, date);
    }
}
