package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.Parties;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settles a default to its waterfall whatever the order of the payments: given what the insurer and the
 * guarantor have paid the licensor and what each partner has reimbursed the guarantor, the transfers that
 * leave every party bearing exactly its waterfall share. A payer who paid beyond its share is reimbursed by
 * the one who received it (the licensor refunds the insurer or the guarantor; the guarantor refunds a
 * partner); one who paid less owes the rest. No rounding happens: every transfer is a difference of cents.
 */
public final class Settlement {

    /** Money moved, or to be moved, so far: payments to the licensor and partners' reimbursements to the guarantor. */
    public record Paid(Money insurer, Money guarantor, List<Share> reimbursed) {
        public Paid {
            Objects.requireNonNull(insurer, "insurer");
            Objects.requireNonNull(guarantor, "guarantor");
            reimbursed = List.copyOf(reimbursed);
        }
    }

    /** One step of the settlement: {@code from} pays {@code to} this amount. */
    public record Transfer(String from, String to, Money amount) {
    }

    private Settlement() {
    }

    public static List<Transfer> settle(Waterfall target, Paid paid) {
        List<Transfer> transfers = new ArrayList<>();
        between(transfers, Parties.LICENSOR, Parties.INSURER, paid.insurer().minus(target.insurer()));
        between(transfers, Parties.LICENSOR, Parties.GUARANTOR, paid.guarantor().minus(target.guarantor()));
        var currency = target.loss().currency();
        for (Share partner : target.partners()) {
            Money over = Share.of(paid.reimbursed(), partner.party(), currency).minus(partner.amount());
            between(transfers, Parties.GUARANTOR, partner.party(), over);
        }
        return List.copyOf(transfers);
    }

    /** {@code over} positive: the payer paid that much beyond its share and the receiver refunds it; negative: it owes it. */
    private static void between(List<Transfer> transfers, String receiver, String payer, Money over) {
        if (over.isPositive()) {
            transfers.add(new Transfer(receiver, payer, over));
        } else if (over.isNegative()) {
            transfers.add(new Transfer(payer, receiver, Money.zero(over.currency()).minus(over)));
        }
    }
}
