package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.LifeAct.Kind;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import net.jqwik.api.*;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random agreements lived day by day for almost three years (trials free or for a fee, extended or not,
 * licences bought, converted or lapsed, random payments, also of trial fees before and after walking
 * away, royalty reports, late ones against closed years, equity swaps leaving interest arrears,
 * defaults, cures, terminations):
 * on every day, observing it records something only when the next attention date has come (safety),
 * and observing the attention date itself always records something (economy).
 */
class NextAttentionProperties {

    private static final int DAYS = 1_000;

    @Property(tries = 300)
    void observing_a_date_records_something_only_once_attention_is_due_and_always_on_the_attention_date(
            @ForAll("terms") TermsBuilder terms, @ForAll("ageings") DelinquencyAgeing ageing, @ForAll("lives") List<LifeAct> acts) {
        AttentionWalk walk = new AttentionWalk(ageing).live(aProposal(terms), acts, DAYS);

        Statistics.label("status at the end").collect(walk.status());
        walk.factsAtAttention().forEach(fact -> Statistics.label("first fact on the attention date").collect(fact));
        walk.kindsRecorded().forEach(kind -> Statistics.label("lives recording").collect(kind));
        assertThat(walk.attentionsWithNothing()).as("attention dates on which observing records nothing").isEmpty();
    }

    @Property(tries = 150)
    void the_same_holds_for_licences_restructured_into_interest_arrears_and_reporting_late(
            @ForAll("terms") TermsBuilder terms, @ForAll("ageings") DelinquencyAgeing ageing,
            @ForAll("licenceLives") List<LifeAct> acts) {
        AttentionWalk walk = new AttentionWalk(ageing).live(aProposal(terms), acts, DAYS);

        walk.kindsRecorded().forEach(kind -> Statistics.label("lives recording").collect(kind));
        assertThat(walk.attentionsWithNothing()).as("attention dates on which observing records nothing").isEmpty();
    }

    private record Timing(int trialMonths, int windowDays, boolean convert, int termMonths) {
    }

    private record Pricing(Money upfront, List<Instalment> instalments, Optional<RoyaltyTerms> royalty, int graceDays,
                           String dailyRate, Money trialFee) {
    }

    @Provide
    Arbitrary<TermsBuilder> terms() {
        Arbitrary<Timing> timing = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 45), Arbitraries.of(true, false),
                Arbitraries.integers().between(12, 30)).as(Timing::new);
        Arbitrary<DueRule> rule = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12).map(DueRule.MonthsAfterLicenceStart::new),
                Arbitraries.integers().between(1, 12).map(DueRule.OnFirstRevenue::new),
                Arbitraries.integers().between(1, 900).map(d -> new DueRule.OnDate(PROPOSAL_DATE.plusDays(d))));
        Arbitrary<Optional<RoyaltyTerms>> royalty = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.just(Optional.of(new RoyaltyTerms(Rate.of("0.03"), null)))),
                Tuple.of(2, amounts(2_000_000).map(minimum -> Optional.of(new RoyaltyTerms(Rate.of("0.05"), minimum)))));
        Arbitrary<Pricing> pricing = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(cny("0.00"))), Tuple.of(2, amounts(10_000_000))),
                Combinators.combine(amounts(10_000_000), rule).as(Instalment::new).list().ofMaxSize(3),
                royalty, Arbitraries.integers().between(0, 45), Arbitraries.of("0", "0.0003", "0.0005", "0.001"),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(cny("0.00"))), Tuple.of(1, amounts(2_000_000))))
                .as(Pricing::new);
        return Combinators.combine(timing, pricing).as(NextAttentionProperties::termsOf)
                .filter(t -> t.build().price().licenceFee().isPositive() || t.build().price().royalty() != null);
    }

    private static TermsBuilder termsOf(Timing timing, Pricing pricing) {
        TermsBuilder terms = validTerms().trialMonths(timing.trialMonths()).decisionWindowDays(timing.windowDays())
                .licenceTermMonths(timing.termMonths()).upfrontFee(pricing.upfront())
                .instalments(pricing.instalments().toArray(Instalment[]::new))
                .licenceFee(pricing.instalments().stream().map(Instalment::amount).reduce(pricing.upfront(), Money::plus))
                .gracePeriodDays(pricing.graceDays()).lateInterestDailyRate(pricing.dailyRate()).noRoyalty()
                .trialFee(pricing.trialFee());
        pricing.royalty().ifPresent(r -> terms.royalty(r.rate().value().toPlainString(), r.minimumAnnualRoyalty()));
        return timing.convert() ? terms.convertWhenNoDecision() : terms;
    }

    @Provide
    Arbitrary<DelinquencyAgeing> ageings() {
        return Arbitraries.of(DelinquencyAgeing.DEFAULT, new DelinquencyAgeing(List.of(1, 8, 15)),
                new DelinquencyAgeing(List.of(1)), new DelinquencyAgeing(List.of(1, 31, 61, 91, 181, 361)));
    }

    /** Mostly accepted within three weeks, often decided within the trial or its window, then random acts. */
    @Provide
    Arbitrary<List<LifeAct>> lives() {
        Arbitrary<LifeAct> start = Arbitraries.frequencyOf(Tuple.of(9, act(Kind.ACCEPT, 0, 20)), Tuple.of(1, act(Kind.WITHDRAW, 0, 20)));
        Arbitrary<List<LifeAct>> decision = Arbitraries.frequencyOf(
                Tuple.of(5, act(Kind.PURCHASE, 20, 420).list().ofSize(1)), Tuple.of(1, act(Kind.WALK_AWAY, 20, 420).list().ofSize(1)),
                Tuple.of(2, Arbitraries.just(List.of())));
        Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(20, Kind.PAY), Tuple.of(15, Kind.PAY_ALL_DUE),
                Tuple.of(5, Kind.OVERPAY), Tuple.of(15, Kind.REPORT), Tuple.of(8, Kind.REPORT_LATE),
                Tuple.of(5, Kind.SWAP), Tuple.of(8, Kind.CONVERT_OVERDUE), Tuple.of(4, Kind.EXTEND),
                Tuple.of(5, Kind.TERMINATE), Tuple.of(1, Kind.END_BY_CONSENT));
        Arbitrary<List<LifeAct>> rest = kinds.flatMap(kind -> act(kind, 0, DAYS)).list().ofMaxSize(40);
        return Combinators.combine(start, decision, rest).as((s, d, r) -> {
            List<LifeAct> all = new ArrayList<>(List.of(s));
            all.addAll(d);
            all.addAll(r);
            return List.copyOf(all);
        });
    }

    /** Accepted and bought within the trial, then mostly late payments, conversions of arrears and late reports. */
    @Provide
    Arbitrary<List<LifeAct>> licenceLives() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(10, Kind.PAY), Tuple.of(8, Kind.PAY_ALL_DUE),
                Tuple.of(15, Kind.CONVERT_OVERDUE), Tuple.of(20, Kind.REPORT_LATE), Tuple.of(5, Kind.REPORT),
                Tuple.of(3, Kind.OVERPAY), Tuple.of(2, Kind.TERMINATE));
        return Combinators.combine(act(Kind.ACCEPT, 0, 10), act(Kind.PURCHASE, 11, 40),
                kinds.flatMap(kind -> act(kind, 40, DAYS)).list().ofMinSize(15).ofMaxSize(40)).as((accept, purchase, rest) -> {
                    List<LifeAct> all = new ArrayList<>(List.of(accept, purchase));
                    all.addAll(rest);
                    return List.copyOf(all);
                });
    }

    private static Arbitrary<LifeAct> act(Kind kind, int fromDay, int toDay) {
        return Combinators.combine(Arbitraries.integers().between(fromDay, toDay), Arbitraries.longs().between(1, 15_000_000),
                Arbitraries.integers().between(1, 4).list().ofMaxSize(2).uniqueElements())
                .as((day, cents, applyTo) -> new LifeAct(day, kind, cents, applyTo));
    }

    private static Arbitrary<Money> amounts(long maxCents) {
        return Arbitraries.longs().between(1, maxCents).map(cents -> new Money(BigDecimal.valueOf(cents, 2), Money.CNY));
    }
}
