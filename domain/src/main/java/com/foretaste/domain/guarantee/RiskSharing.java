package com.foretaste.domain.guarantee;

import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guarantee programme's risk sharing: the share of every amount a guarantor honours that each partner
 * reimburses it; the guarantor keeps the rest. Xi'an: the risk-compensation pool 50%. Anhui's 4:3:2:1:
 * provincial re-guarantor 30%, lending bank 20%, local government 10%, the guarantor keeping 40%.
 * <p>
 * Rounding (cumulative HALF_EVEN): partner i's share of an amount A is HALF_EVEN(A x (s1 + ... + si))
 * minus HALF_EVEN(A x (s1 + ... + s(i-1))), so the partners together take their total share of A rounded
 * once, none takes less than zero, and the guarantor keeps the remainder, exactly.
 */
public record RiskSharing(String programme, List<PartnerShare> partners) {

    /** A partner of the programme, by code, and the share of an honoured amount it reimburses. */
    public record PartnerShare(String partner, Rate share) {
        public PartnerShare {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(share, "share");
        }
    }

    public static final String POOL = "risk-compensation-pool";
    public static final String RE_GUARANTOR = "provincial-re-guarantor";
    public static final String LENDING_BANK = "lending-bank";
    public static final String LOCAL_GOVERNMENT = "local-government";

    public RiskSharing {
        Objects.requireNonNull(programme, "programme");
        partners = List.copyOf(partners);
        HashSet<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PartnerShare p : partners) {
            if (p.partner().isBlank() || Parties.RESERVED.contains(p.partner()) || !codes.add(p.partner())) {
                throw new InvalidValueException("risk-sharing-partner-code", "partner codes are distinct, not blank and not "
                        + Parties.RESERVED + ": '" + p.partner() + "'");
            }
            if (p.share().isZero()) {
                throw new InvalidValueException("risk-sharing-share-positive", "partner " + p.partner() + " shares nothing");
            }
            total = total.add(p.share().value());
        }
        if (total.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("risk-sharing-at-most-whole", "the partners' shares add up to "
                    + total.toPlainString() + ", more than the whole loss");
        }
    }

    /** No partner: the guarantor keeps every loss it honours. */
    public static RiskSharing none() {
        return new RiskSharing("NONE", List.of());
    }

    public static RiskSharing xian() {
        return new RiskSharing("XIAN", List.of(new PartnerShare(POOL, Rate.of("0.5"))));
    }

    public static RiskSharing anhui() {
        return new RiskSharing("ANHUI_4321", List.of(new PartnerShare(RE_GUARANTOR, Rate.of("0.3")),
                new PartnerShare(LENDING_BANK, Rate.of("0.2")), new PartnerShare(LOCAL_GOVERNMENT, Rate.of("0.1"))));
    }

    /** What the guarantor keeps of every amount: one less the partners' shares. */
    public Rate guarantorShare() {
        return new Rate(BigDecimal.ONE.subtract(partners.stream().map(p -> p.share().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** Each partner's reimbursement of {@code honoured}, in the programme's order, by cumulative HALF_EVEN. */
    public List<Share> reimbursements(Money honoured) {
        List<Share> shares = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        Money before = Money.zero(honoured.currency());
        for (PartnerShare p : partners) {
            cumulative = cumulative.add(p.share().value());
            Money upTo = honoured.times(cumulative);
            shares.add(new Share(p.partner(), upTo.minus(before)));
            before = upTo;
        }
        return List.copyOf(shares);
    }

    /** What the guarantor keeps of {@code honoured} once every partner has reimbursed its share. */
    public Money retained(Money honoured) {
        return honoured.minus(Share.total(reimbursements(honoured), honoured.currency()));
    }

    /** The partner's share rate, or empty when it is no partner of the programme. */
    public Optional<Rate> shareOf(String partner) {
        return partners.stream().filter(p -> p.partner().equals(partner)).map(PartnerShare::share).findFirst();
    }
}
