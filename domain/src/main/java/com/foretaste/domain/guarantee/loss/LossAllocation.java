package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.util.List;
import java.util.Optional;

/**
 * The loss allocation of domain.md: a default's loss is borne in a fixed order. The insurer first, its
 * indemnity; then the guarantor, min(exposure, coverage ratio x (loss - indemnity)), rounded HALF_EVEN to
 * the fen; the programme's partners reimburse their shares of the guarantor's payment ({@link
 * com.foretaste.domain.guarantee.RiskSharing}); the licensor keeps the rest, which is exact because it is
 * the remainder. No insurance is an indemnity of zero; no guarantee is an empty cover.
 */
public final class LossAllocation {

    private LossAllocation() {
    }

    public static Waterfall allocate(Money loss, Money indemnity, Optional<GuaranteeCover> cover) {
        check(loss, indemnity);
        Money zero = Money.zero(loss.currency());
        if (cover.isEmpty()) {
            return new Waterfall(loss, indemnity, zero, List.of(), zero, loss.minus(indemnity));
        }
        GuaranteeCover g = cover.get();
        Money paid = guarantorPayment(loss, indemnity, g.ratio(), g.exposure());
        return new Waterfall(loss, indemnity, paid, g.sharing().reimbursements(paid), g.sharing().retained(paid),
                loss.minus(indemnity).minus(paid));
    }

    /** What the guarantor pays: min(exposure, ratio x (loss - indemnity)), HALF_EVEN, never below zero. */
    public static Money guarantorPayment(Money loss, Money indemnity, Rate ratio, Money exposure) {
        check(loss, indemnity);
        Money share = ratio.applyTo(loss.minus(indemnity));
        Money capped = share.compareTo(exposure) <= 0 ? share : exposure;
        return capped.isNegative() ? Money.zero(loss.currency()) : capped;
    }

    private static void check(Money loss, Money indemnity) {
        if (loss.isNegative() || indemnity.isNegative()) {
            throw new InvalidValueException("loss-non-negative", "a loss and an indemnity are zero or more: "
                    + loss + ", " + indemnity);
        }
        if (indemnity.compareTo(loss) > 0) {
            throw new InvalidValueException("indemnity-within-loss", "an indemnity of " + indemnity
                    + " is more than the loss of " + loss);
        }
    }
}
