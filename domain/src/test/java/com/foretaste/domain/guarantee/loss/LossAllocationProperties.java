package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.RiskSharing.PartnerShare;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.loss.Settlement.Paid;
import com.foretaste.domain.guarantee.loss.Settlement.Transfer;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.foretaste.domain.guarantee.Parties.GUARANTOR;
import static com.foretaste.domain.guarantee.Parties.INSURER;
import static com.foretaste.domain.guarantee.Parties.LICENSOR;
import static org.assertj.core.api.Assertions.assertThat;

class LossAllocationProperties {

    private static final Currency CNY = Money.CNY;

    @Property(tries = 500)
    void every_allocation_adds_up_exactly_to_the_loss(@ForAll("cents") long lossCents, @ForAll @IntRange(max = 100) int insuredPercent,
                                                      @ForAll("ratios") Rate ratio, @ForAll("cents") long exposureCents,
                                                      @ForAll("programmes") RiskSharing sharing, @ForAll boolean guaranteed) {
        Money loss = money(lossCents);
        Money indemnity = loss.times(BigDecimal.valueOf(insuredPercent, 2));
        Optional<GuaranteeCover> cover = guaranteed ? Optional.of(new GuaranteeCover(ratio, money(exposureCents), sharing))
                : Optional.empty();

        Waterfall w = LossAllocation.allocate(loss, indemnity, cover);

        assertThat(w.insurer().plus(w.guarantor()).plus(w.licensor())).isEqualTo(loss);
        assertThat(Share.total(w.partners(), CNY).plus(w.guarantorRetained())).isEqualTo(w.guarantor());
        assertThat(Share.total(w.borne(), CNY)).isEqualTo(loss);
        assertThat(w.borne()).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
        cover.ifPresent(g -> assertThat(w.guarantor()).isLessThanOrEqualTo(g.exposure()));
    }

    @Property(tries = 500)
    void every_reimbursement_split_adds_up_exactly_to_the_honoured_amount(@ForAll("cents") long honouredCents,
                                                                           @ForAll("programmes") RiskSharing sharing) {
        Money honoured = money(honouredCents);
        List<Share> shares = sharing.reimbursements(honoured);

        assertThat(Share.total(shares, CNY).plus(sharing.retained(honoured))).isEqualTo(honoured);
        assertThat(shares).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
        assertThat(sharing.retained(honoured).isNegative()).isFalse();
    }

    @Property(tries = 300)
    void every_recovery_split_adds_up_and_recovering_everything_returns_what_each_bore(
            @ForAll("cents") long lossCents, @ForAll @IntRange(max = 100) int insuredPercent, @ForAll("ratios") Rate ratio,
            @ForAll("programmes") RiskSharing sharing, @ForAll @Size(min = 1, max = 8) List<@From("cents") Long> recoveries) {
        Money loss = money(lossCents);
        Waterfall w = LossAllocation.allocate(loss, loss.times(BigDecimal.valueOf(insuredPercent, 2)),
                Optional.of(new GuaranteeCover(ratio, loss, sharing)));
        List<Share> recovered = new ArrayList<>();
        Money total = money(0);
        for (long cents : recoveries) {
            Money open = loss.minus(total);
            Money recovery = money(cents).compareTo(open) < 0 ? money(cents) : open;
            List<Share> split = w.shareRecovery(recovered, recovery);
            assertThat(Share.total(split, CNY)).isEqualTo(recovery);
            assertThat(split).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
            recovered.addAll(split);
            total = total.plus(recovery);
            assertThat(w.borne()).allSatisfy(b -> assertThat(Share.of(recovered, b.party(), CNY)).isLessThanOrEqualTo(b.amount()));
        }
        List<Share> rest = w.shareRecovery(recovered, loss.minus(total));
        recovered.addAll(rest);
        assertThat(w.borne()).allSatisfy(b -> assertThat(Share.of(recovered, b.party(), CNY)).isEqualTo(b.amount()));
    }

    @Property(tries = 500)
    void settling_leaves_every_party_bearing_exactly_its_waterfall_share(
            @ForAll("cents") long lossCents, @ForAll @IntRange(max = 100) int insuredPercent, @ForAll("ratios") Rate ratio,
            @ForAll("programmes") RiskSharing sharing, @ForAll("cents") long guarantorPaidCents,
            @ForAll @IntRange(max = 100) int insurerPaidPercent, @ForAll @IntRange(max = 100) int reimbursedPercent) {
        Money loss = money(lossCents);
        Waterfall w = LossAllocation.allocate(loss, loss.times(BigDecimal.valueOf(insuredPercent, 2)),
                Optional.of(new GuaranteeCover(ratio, loss, sharing)));
        Money guarantorPaid = money(guarantorPaidCents);
        Paid paid = new Paid(w.insurer().times(BigDecimal.valueOf(insurerPaidPercent, 2)), guarantorPaid,
                sharing.reimbursements(guarantorPaid.times(BigDecimal.valueOf(reimbursedPercent, 2))));

        Map<String, Money> bears = positions(loss, paid);
        for (Transfer t : Settlement.settle(w, paid)) {
            assertThat(t.amount().isPositive()).isTrue();
            bears.merge(t.from(), t.amount(), Money::plus);
            bears.merge(t.to(), money(0).minus(t.amount()), Money::plus);
        }

        assertThat(w.borne()).allSatisfy(b -> assertThat(bears.getOrDefault(b.party(), money(0))).isEqualTo(b.amount()));
    }

    /** What each party bears given the payments: what it paid less what it received; the licensor bears the loss less what it received. */
    private static Map<String, Money> positions(Money loss, Paid paid) {
        Map<String, Money> bears = new HashMap<>();
        bears.put(INSURER, paid.insurer());
        bears.put(LICENSOR, loss.minus(paid.insurer()).minus(paid.guarantor()));
        bears.put(GUARANTOR, paid.guarantor().minus(Share.total(paid.reimbursed(), CNY)));
        paid.reimbursed().forEach(s -> bears.put(s.party(), s.amount()));
        return bears;
    }

    private static Money money(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2), CNY);
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100), Arbitraries.longs().between(0, 10_000_000_000L));
    }

    @Provide
    Arbitrary<Rate> ratios() {
        return Arbitraries.integers().between(1, 10_000).map(bp -> new Rate(BigDecimal.valueOf(bp, 4)));
    }

    @Provide
    Arbitrary<RiskSharing> programmes() {
        Arbitrary<RiskSharing> random = Arbitraries.integers().between(1, 2_500).list().ofMinSize(0).ofMaxSize(4)
                .map(bps -> {
                    List<PartnerShare> partners = new ArrayList<>();
                    for (int i = 0; i < bps.size(); i++) {
                        partners.add(new PartnerShare("partner-" + i, new Rate(BigDecimal.valueOf(bps.get(i), 4))));
                    }
                    return new RiskSharing("RANDOM", partners);
                });
        return Arbitraries.oneOf(random, Arbitraries.of(RiskSharing.none(), RiskSharing.xian(), RiskSharing.anhui(),
                new RiskSharing("ALL", List.of(new PartnerShare("a", Rate.of("0.3333")), new PartnerShare("b", Rate.of("0.6667"))))));
    }
}
