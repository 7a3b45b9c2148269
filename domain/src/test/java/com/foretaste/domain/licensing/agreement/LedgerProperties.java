package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import net.jqwik.api.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random plans lived through random payments, end-of-day runs and equity swaps: money is never lost,
 * made up or allocated negatively, and a date processed once records nothing when processed again.
 */
class LedgerProperties {

    sealed interface Step {
        int daysLater();
    }

    record Pay(int daysLater, Money amount) implements Step {
    }

    record Observe(int daysLater) implements Step {
    }

    record Swap(int daysLater, long shares, BigDecimal price, List<Integer> applyTo) implements Step {
    }

    @Property(tries = 400)
    void allocations_of_a_payment_plus_the_credit_add_up_exactly_to_the_payment(
            @ForAll("plans") TermsBuilder plan, @ForAll("steps") List<Step> steps) {
        for (AgreementEvent e : live(plan, steps).history()) {
            if (e instanceof PaymentRecorded p) {
                assertThat(total(p.allocations()).plus(p.credit())).as("%s", p).isEqualTo(p.amount());
                assertThat(p.credit().isNegative()).as("credit of %s", p).isFalse();
            }
        }
    }

    @Property(tries = 400)
    void principal_paid_outstanding_and_converted_add_up_to_the_plan_and_payments_to_what_was_applied(
            @ForAll("plans") TermsBuilder plan, @ForAll("steps") List<Step> steps) {
        AgreementLife life = live(plan, steps);
        Ledger ledger = life.licence().ledger();
        Money zero = cny("0.00");

        Money principal = ledger.receivables().stream()
                .map(r -> r.principalPaid().plus(r.outstandingPrincipal()).plus(r.principalConverted())).reduce(zero, Money::plus);
        assertThat(principal).isEqualTo(plan.build().price().licenceFee());
        Money received = life.history().stream().filter(PaymentRecorded.class::isInstance)
                .map(e -> ((PaymentRecorded) e).amount()).reduce(zero, Money::plus);
        Money applied = ledger.receivables().stream().map(r -> r.principalPaid().plus(r.interestPaid())).reduce(zero, Money::plus);
        assertThat(applied.plus(ledger.credit())).isEqualTo(received);
        Money converted = life.history().stream().filter(EquitySwapAgreed.class::isInstance)
                .map(e -> total(((EquitySwapAgreed) e).reductions())).reduce(zero, Money::plus);
        assertThat(ledger.receivables().stream().map(Receivable::principalConverted).reduce(zero, Money::plus)).isEqualTo(converted);
    }

    @Property(tries = 400)
    void no_allocation_and_no_outstanding_amount_is_ever_negative(
            @ForAll("plans") TermsBuilder plan, @ForAll("steps") List<Step> steps) {
        AgreementLife life = live(plan, steps);
        List<Allocation> allocations = new ArrayList<>();
        for (AgreementEvent e : life.history()) {
            switch (e) {
                case PaymentRecorded p -> allocations.addAll(p.allocations());
                case CreditApplied c -> allocations.addAll(c.allocations());
                case EquitySwapAgreed s -> allocations.addAll(s.reductions());
                default -> { }
            }
        }
        assertThat(allocations).allSatisfy(a -> {
            assertThat(a.interest().isNegative()).as("%s", a).isFalse();
            assertThat(a.principal().isNegative()).as("%s", a).isFalse();
            assertThat(a.total().isPositive()).as("%s", a).isTrue();
        });
        assertThat(life.licence().ledger().receivables()).allSatisfy(r -> {
            assertThat(r.outstandingPrincipal().isNegative()).as("%s", r).isFalse();
            assertThat(r.outstandingInterest().isNegative()).as("%s", r).isFalse();
        });
        assertThat(life.licence().ledger().credit().isNegative()).isFalse();
    }

    /** Lives the steps, checking after each end-of-day run that the same or an earlier date records nothing. */
    private static AgreementLife live(TermsBuilder plan, List<Step> steps) {
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, plan);
        LocalDate date = PURCHASE_DATE;
        for (Step step : steps) {
            date = date.plusDays(step.daysLater());
            switch (step) {
                case Pay p -> life.attempt(payment("TX-" + life.history().size(), p.amount().amount().toPlainString()), date);
                case Observe o -> {
                    life.observe(date);
                    assertThat(life.attempt(observe(date), date)).isEqualTo(Decision.accept());
                    assertThat(life.attempt(observe(date.minusDays(o.daysLater() + 1)), date)).isEqualTo(Decision.accept());
                }
                case Swap s -> {
                    String swapId = "S" + life.history().size();
                    if (life.attempt(new AgreementCommand.ProposeEquitySwap(agreementId(), licensor(), swapId, s.shares(),
                            s.price(), s.shares() * 10, s.applyTo()), date) instanceof Decision.Accepted<AgreementEvent>) {
                        life.attempt(acceptSwap(swapId), date);
                    }
                }
            }
        }
        return life;
    }

    private static Money total(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::total).reduce(cny("0.00"), Money::plus);
    }

    @Provide
    Arbitrary<TermsBuilder> plans() {
        Arbitrary<Money> upfront = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(cny("0.00"))), Tuple.of(2, amounts(50_000_000)));
        Arbitrary<DueRule> rule = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 24).map(DueRule.MonthsAfterLicenceStart::new),
                Arbitraries.integers().between(1, 24).map(DueRule.OnFirstRevenue::new),
                Arbitraries.integers().between(0, 700).map(d -> new DueRule.OnDate(PURCHASE_DATE.plusDays(d))));
        Arbitrary<List<Instalment>> instalments = Combinators.combine(amounts(30_000_000), rule).as(Instalment::new)
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> rate = Arbitraries.of("0", "0.0001", "0.00033", "0.0005", "0.001");
        Arbitrary<Integer> grace = Arbitraries.integers().between(0, 60);
        return Combinators.combine(upfront, instalments, rate, grace).as((u, is, r, g) -> {
            Money fee = is.stream().map(Instalment::amount).reduce(u, Money::plus);
            return validTerms().noRoyalty().licenceTermMonths(36).upfrontFee(u).licenceFee(fee)
                    .instalments(is.toArray(Instalment[]::new)).lateInterestDailyRate(r).gracePeriodDays(g);
        });
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 90);
        Arbitrary<Step> pay = Combinators.combine(days, amounts(20_000_000)).as(Pay::new);
        Arbitrary<Step> observe = days.map(Observe::new);
        Arbitrary<Step> swap = Combinators.combine(days, Arbitraries.longs().between(1, 5_000),
                Arbitraries.longs().between(1, 10_000).map(cents -> BigDecimal.valueOf(cents, 2)),
                Arbitraries.integers().between(1, 5).list().ofMaxSize(3)).as(Swap::new);
        return Arbitraries.frequencyOf(Tuple.of(4, pay), Tuple.of(5, observe), Tuple.of(1, swap)).list().ofMinSize(1).ofMaxSize(25);
    }

    private static Arbitrary<Money> amounts(long maxCents) {
        return Arbitraries.longs().between(1, maxCents).map(cents -> new Money(BigDecimal.valueOf(cents, 2), Money.CNY));
    }
}
