package com.foretaste.domain.guarantee;

import com.foretaste.domain.shared.Money;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** An amount that one party bears, pays, owes or receives, named by its code ({@link Parties}). */
public record Share(String party, Money amount) {

    public Share {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(amount, "amount");
    }

    /** The amounts of the list added up; zero in {@code currency} for an empty list. */
    public static Money total(List<Share> shares, Currency currency) {
        return shares.stream().map(Share::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** The amount of {@code party} in the list, zero when it has none. */
    public static Money of(List<Share> shares, String party, Currency currency) {
        return shares.stream().filter(s -> s.party().equals(party)).map(Share::amount)
                .reduce(Money.zero(currency), Money::plus);
    }
}
