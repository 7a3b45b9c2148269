package com.foretaste.domain.guarantee.limits;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rejection;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * China's limits on financing guarantee companies (2017): outstanding guarantee liability at most 10 times
 * net assets (15 times for a guarantor serving mainly small and micro firms); liability to one obligor at most
 * 10% of net assets, and to one obligor with its related parties at most 15%. Reaching a limit exactly is
 * allowed; passing it is not. A guarantee that would pass one is refused with the figures. Liability is added up
 * in the currency of the net assets, so a guarantee in another currency is refused rather than left out.
 */
public final class RegulatoryLimits {

    public static final BigDecimal LEVERAGE = BigDecimal.TEN;
    public static final BigDecimal LEVERAGE_SMALL_AND_MICRO = BigDecimal.valueOf(15);
    public static final BigDecimal SINGLE_OBLIGOR = new BigDecimal("0.10");
    public static final BigDecimal OBLIGOR_GROUP = new BigDecimal("0.15");

    /** Each limit in money for a book's net assets. */
    public record Limits(Money leverage, Money singleObligor, Money obligorGroup) {
    }

    private RegulatoryLimits() {
    }

    public static Limits of(GuarantorBook book) {
        Money net = book.netAssets();
        return new Limits(net.times(book.servesMainlySmallAndMicro() ? LEVERAGE_SMALL_AND_MICRO : LEVERAGE),
                net.times(SINGLE_OBLIGOR), net.times(OBLIGOR_GROUP));
    }

    /** The refusal, with the figures, of adding {@code liability} to the book; empty when every limit holds. */
    public static Optional<Rejection> check(GuarantorBook book, Money liability) {
        if (!book.netAssets().isPositive()) {
            return Optional.of(Rejection.invalid("net-assets-recorded", "netAssets", "the guarantor's net assets are "
                    + book.netAssets() + "; the operator records them before any guarantee is approved"));
        }
        if (!liability.currency().equals(book.netAssets().currency())) {
            return Optional.of(Rejection.invalid("guarantee-in-net-assets-currency", null, "the guarantee is in "
                    + liability.currency() + " and the guarantor's net assets in " + book.netAssets().currency()
                    + "; the limits add liability up in the currency of the net assets, with no exchange rate"));
        }
        Limits limits = of(book);
        String multiple = book.servesMainlySmallAndMicro() ? "15" : "10";
        return first(
                over("leverage-limit", "total liability", book.outstanding(), liability, limits.leverage(),
                        multiple + " x net assets of " + book.netAssets()),
                over("single-obligor-limit", "liability to the obligor", book.obligorOutstanding(), liability,
                        limits.singleObligor(), "10% of net assets of " + book.netAssets()),
                over("obligor-group-limit", "liability to the obligor and its related parties",
                        book.obligorGroupOutstanding(), liability, limits.obligorGroup(),
                        "15% of net assets of " + book.netAssets()));
    }

    private static Optional<Rejection> over(String rule, String what, Money outstanding, Money liability, Money limit,
                                            String limitText) {
        Money after = outstanding.plus(liability);
        if (after.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Rejection.invalid(rule, null, what + " would be " + after + " (" + outstanding + " outstanding + "
                + liability + " of this guarantee), above the limit of " + limit + " (" + limitText + ") by "
                + after.minus(limit)));
    }

    @SafeVarargs
    private static Optional<Rejection> first(Optional<Rejection>... checks) {
        for (Optional<Rejection> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }
}
