package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.shared.Money;
import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the plan and the purchase date, the schedule at purchase is the plan, dated, adding up to the fee. */
class PaymentScheduleProperties {

    private static final int LICENCE_TERM_MONTHS = 60;

    @Property
    void the_schedule_at_purchase_adds_up_exactly_to_the_licence_fee(@ForAll("plans") TermsBuilder plan,
                                                                      @ForAll @IntRange(max = 364) int daysIntoTrial) {
        LocalDate purchasedOn = ACCEPTANCE_DATE.plusDays(daysIntoTrial);

        List<ScheduledAmount> schedule = purchase(plan, purchasedOn).schedule();

        Money total = schedule.stream().map(ScheduledAmount::amount).reduce(cny("0.00"), Money::plus);
        assertThat(total).isEqualTo(plan.build().price().licenceFee());
    }

    @Property
    void every_part_of_the_plan_is_scheduled_once_numbered_in_order_and_not_before_the_purchase(
            @ForAll("plans") TermsBuilder plan, @ForAll @IntRange(max = 364) int daysIntoTrial) {
        LocalDate purchasedOn = ACCEPTANCE_DATE.plusDays(daysIntoTrial);
        Price price = plan.build().price();

        List<ScheduledAmount> schedule = purchase(plan, purchasedOn).schedule();

        int upfront = price.upfrontFee().isPositive() ? 1 : 0;
        assertThat(schedule).hasSize(upfront + price.instalments().size());
        assertThat(schedule).extracting(ScheduledAmount::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, schedule.size()).boxed().toList());
        assertThat(schedule).allSatisfy(s -> {
            LocalDate due = s.dueOn() != null ? s.dueOn() : s.backstopOn();
            assertThat(due).isAfterOrEqualTo(purchasedOn).isBefore(purchasedOn.plusMonths(LICENCE_TERM_MONTHS).plusDays(1));
            assertThat(s.amount().isPositive()).isTrue();
        });
        if (upfront == 1) {
            assertThat(schedule.get(0)).isEqualTo(new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, price.upfrontFee(),
                    purchasedOn, null));
        }
    }

    @Property
    void each_instalment_is_due_by_its_rule(@ForAll("plans") TermsBuilder plan, @ForAll @IntRange(max = 364) int daysIntoTrial) {
        LocalDate purchasedOn = ACCEPTANCE_DATE.plusDays(daysIntoTrial);
        List<Instalment> instalments = plan.build().price().instalments();
        List<ScheduledAmount> schedule = purchase(plan, purchasedOn).schedule();
        List<ScheduledAmount> scheduled = schedule.subList(schedule.size() - instalments.size(), schedule.size());

        for (int i = 0; i < instalments.size(); i++) {
            ScheduledAmount s = scheduled.get(i);
            assertThat(s.amount()).isEqualTo(instalments.get(i).amount());
            switch (instalments.get(i).due()) {
                case DueRule.OnDate d -> assertThat(s.dueOn()).isEqualTo(d.date().isBefore(purchasedOn) ? purchasedOn : d.date());
                case DueRule.MonthsAfterLicenceStart m -> assertThat(s.dueOn()).isEqualTo(purchasedOn.plusMonths(m.months()));
                case DueRule.OnFirstRevenue r -> {
                    assertThat(s.dueOn()).isNull();
                    assertThat(s.backstopOn()).isEqualTo(purchasedOn.plusMonths(r.backstopMonths()));
                }
            }
        }
    }

    /** Proposes the plan (it must keep every rule), accepts it and buys on {@code purchasedOn}. */
    private static LicencePurchased purchase(TermsBuilder plan, LocalDate purchasedOn) {
        AgreementLife life = AgreementLife.from(List.of()).run(aProposal(plan), PROPOSAL_DATE)
                .run(acceptBy(licensee()), ACCEPTANCE_DATE).run(purchaseBy(licensee()), purchasedOn);
        return life.history().stream().filter(LicencePurchased.class::isInstance).map(LicencePurchased.class::cast)
                .findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<TermsBuilder> plans() {
        Arbitrary<Money> upfront = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(cny("0.00"))), Tuple.of(2, amounts()));
        Arbitrary<DueRule> rule = Arbitraries.oneOf(
                Arbitraries.integers().between(0, LICENCE_TERM_MONTHS).map(DueRule.MonthsAfterLicenceStart::new),
                Arbitraries.integers().between(1, LICENCE_TERM_MONTHS).map(DueRule.OnFirstRevenue::new),
                Arbitraries.integers().between(1, 1_500).map(d -> new DueRule.OnDate(PROPOSAL_DATE.plusDays(d))));
        Arbitrary<List<Instalment>> instalments = Combinators.combine(amounts(), rule).as(Instalment::new)
                .list().ofMaxSize(8);
        return Combinators.combine(upfront, instalments).as((u, is) -> validTerms()
                        .licenceTermMonths(LICENCE_TERM_MONTHS).upfrontFee(u).instalments(is.toArray(Instalment[]::new))
                        .licenceFee(is.stream().map(Instalment::amount).reduce(u, Money::plus)))
                .filter(t -> t.build().price().licenceFee().isPositive());
    }

    private static Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(1, 100_000_000_00L).map(cents -> new Money(BigDecimal.valueOf(cents, 2), Money.CNY));
    }
}
