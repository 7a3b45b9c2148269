package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A recovery shared back among those who bore a loss, in proportion to what each still bears (what it
 * bore less what it recovered before). Each share is rounded toward zero to the fen; the cents left over
 * go to the named remainder party while it still bears something, then to the others in the list's
 * order. So the shares add up exactly to the recovery, none is negative, no party ever recovers more
 * than it bore, and recovering the whole loss gives each party back exactly what it bore.
 */
public final class RecoverySharing {

    private RecoverySharing() {
    }

    public static List<Share> share(List<Share> borne, List<Share> recoveredBefore, Money recovery, String remainderTo) {
        var currency = recovery.currency();
        List<Money> open = borne.stream().map(b -> b.amount().minus(Share.of(recoveredBefore, b.party(), currency))).toList();
        Money stillBorne = open.stream().reduce(Money.zero(currency), Money::plus);
        if (recovery.isNegative() || recovery.compareTo(stillBorne) > 0) {
            throw new InvalidValueException("recovery-within-loss", "a recovery of " + recovery
                    + " is more than the " + stillBorne + " of the loss not yet recovered");
        }
        List<Money> parts = new ArrayList<>();
        for (Money o : open) {
            parts.add(stillBorne.isZero() ? Money.zero(currency) : new Money(recovery.amount().multiply(o.amount())
                    .divide(stillBorne.amount(), currency.getDefaultFractionDigits(), RoundingMode.DOWN), currency));
        }
        Money left = recovery.minus(parts.stream().reduce(Money.zero(currency), Money::plus));
        List<Integer> order = remainderOrder(borne, remainderTo);
        for (int i : order) {
            Money room = open.get(i).minus(parts.get(i));
            Money more = room.compareTo(left) < 0 ? room : left;
            parts.set(i, parts.get(i).plus(more));
            left = left.minus(more);
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < borne.size(); i++) {
            shares.add(new Share(borne.get(i).party(), parts.get(i)));
        }
        return List.copyOf(shares);
    }

    private static List<Integer> remainderOrder(List<Share> borne, String remainderTo) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < borne.size(); i++) {
            if (borne.get(i).party().equals(remainderTo)) {
                order.add(i);
            }
        }
        for (int i = 0; i < borne.size(); i++) {
            if (!borne.get(i).party().equals(remainderTo)) {
                order.add(i);
            }
        }
        return order;
    }
}
