package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next business date on which a licence needs the end-of-day run (the fixture's licence: bought
 * 2025-03-03; 100,000.00 due then, 100,000.00 on 2026-03-03, 100,000.00 on first revenue with backstop
 * 2027-03-03; 30 days' grace). Days past due count from the due date: 2025-03-03 + 31 is 2025-04-03.
 */
class LicenceAttentionTest {

    private static final LocalDate MARCH_4 = LocalDate.of(2025, 3, 4);

    @Test
    void an_amount_falling_due_needs_attention_on_its_due_date() {
        Attention.of(licensedThen(upfrontPaid())).isOn(SECOND_DUE, AmountFellDue.class);
    }

    @Test
    void a_revenue_conditional_instalment_needs_attention_at_its_backstop() {
        List<AgreementEvent> history = licensedThen(with(upfrontPaid(), fellDue(2, SECOND_DUE, "100000.00"),
                paid("TX-2", SECOND_DUE, "100000.00", "0.00", allocation(2, "0.00", "100000.00"))));

        Attention.of(history).isOn(BACKSTOP, AmountFellDue.class);
    }

    @Test
    void an_amount_unpaid_on_its_due_date_needs_attention_the_day_after() {
        Attention.of(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"))).isOn(MARCH_4, AmountOverdue.class);
    }

    @Test
    void an_overdue_amount_needs_attention_when_it_reaches_the_next_bucket() {
        // in bucket 1-30; 31 days past due on 2025-04-03, before the 45 days' grace runs out
        Attention.of(licensedOn(payingTerms().gracePeriodDays(45), upfrontOverdue()))
                .isOn(LocalDate.of(2025, 4, 3), DelinquencyBucketChanged.class);
    }

    @Test
    void an_overdue_amount_needs_attention_when_its_grace_period_runs_out() {
        // 45 days' grace: default on day 46 past due, 2025-04-18
        List<AgreementEvent> history = licensedOn(payingTerms().gracePeriodDays(45), with(upfrontOverdue(),
                bucketChanged(1, "1-30", "31-60", 31, LocalDate.of(2025, 4, 3))));

        Attention.of(history).isOn(LocalDate.of(2025, 4, 18), AgreementDefaulted.class);
    }

    @Test
    void a_defaulted_agreement_needs_attention_for_the_next_bucket_not_for_another_default() {
        // defaulted on 2025-04-03 in bucket 31-60; 61 days past due on 2025-05-03
        Attention.of(licensedThen(upfrontDefaulted())).isOn(LocalDate.of(2025, 5, 3), DelinquencyBucketChanged.class);
    }

    @Test
    void an_amount_in_the_last_bucket_ages_no_more() {
        // 181 days past due on 2025-08-31: bucket 181+; then only the second instalment falls due
        AgreementLife life = AgreementLife.from(licensedThen()).observe(LocalDate.of(2025, 8, 31));
        assertThat(life.licence().ledger().get(1).bucket()).isEqualTo("181+");

        Attention.of(life).isOn(SECOND_DUE, AmountFellDue.class);
    }

    @Test
    void the_next_bucket_follows_the_configured_ageing() {
        DelinquencyAgeing weekly = new DelinquencyAgeing(List.of(1, 8, 15));
        List<AgreementEvent> history = licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"),
                overdue(1, MARCH_4, "100000.00"), bucketChanged(1, null, "1-7", 1, MARCH_4));

        Attention.of(history).withAgeing(weekly).isOn(LocalDate.of(2025, 3, 11), DelinquencyBucketChanged.class);
    }

    @Test
    void an_amount_with_only_interest_left_still_needs_attention_for_its_next_bucket_and_default() {
        // ten days late the whole principal is converted into equity; 500.00 interest stays owed, 1-30 -> 31-60 on day 31
        AgreementLife life = AgreementLife.from(licensedThen(upfrontOverdue()))
                .run(proposeSwap("S1", 1_000, "100.00", 10_000, 1), LocalDate.of(2025, 3, 13))
                .run(acceptSwap("S1"), LocalDate.of(2025, 3, 13));
        assertThat(life.licence().ledger().get(1).outstandingInterest()).isEqualTo(cny("500.00"));

        Attention.of(life).isOn(LocalDate.of(2025, 4, 3), DelinquencyBucketChanged.class);
    }

    @Test
    void credit_held_needs_attention_when_first_revenue_makes_an_instalment_due() {
        // 50,000.00 overpaid; first revenue reported on 2025-06-01 makes the third instalment due that day
        LocalDate firstRevenue = LocalDate.of(2025, 6, 1);
        AgreementLife life = AgreementLife.from(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"),
                        paid("TX-1", UPFRONT_DUE, "150000.00", "50000.00", allocation(1, "0.00", "100000.00"))))
                .run(royaltyReport(PURCHASE_DATE, firstRevenue, "20000.00"), firstRevenue);

        Attention.of(life).isOn(firstRevenue, CreditApplied.class);
    }

    @Test
    void a_licence_year_with_a_minimum_royalty_needs_attention_when_it_closes() {
        Attention.of(paidUpFront(validTerms().royalty("0.03", cny("10000.00")))).isOn(SECOND_DUE, LicenceYearClosed.class);
    }

    @Test
    void a_minimum_royalty_top_up_needs_attention_on_its_due_date() {
        // year 1 closed on 2026-03-03 with no sales: 10,000.00 top-up due 30 days later
        AgreementLife life = paidUpFront(validTerms().royalty("0.03", cny("10000.00"))).observe(SECOND_DUE);

        Attention.of(life).isOn(LocalDate.of(2026, 4, 2), AmountFellDue.class);
    }

    @Test
    void a_settled_licence_needs_attention_at_the_end_of_its_term() {
        Attention.of(paidUpFront(validTerms().noRoyalty().licenceTermMonths(12)))
                .isOn(LocalDate.of(2026, 3, 3), LicenceCompleted.class);
    }

    @Test
    void a_settled_licence_past_its_term_needs_attention_now_on_its_term_end() {
        AgreementState settled = paidUpFront(validTerms().noRoyalty().licenceTermMonths(12)).state();
        LocalDate monthsLater = LocalDate.of(2026, 9, 30);

        assertThat(Agreement.nextAttention(settled, DelinquencyAgeing.DEFAULT)).contains(LocalDate.of(2026, 3, 3));
        assertThat(Attention.of(settled).observing(monthsLater))
                .containsExactly(new LicenceCompleted(agreementId(), monthsLater));
    }

    @Test
    void a_licence_owing_only_interest_ages_in_the_last_bucket_and_never_completes() {
        // 300,000.00 converted ten days late: 300,000.00 x 0.0005 x 10 = 1,500.00 interest stays owed
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, validTerms().noRoyalty().licenceTermMonths(12)
                        .upfrontFee(cny("300000.00")).instalments())
                .observe(LocalDate.of(2025, 3, 13))
                .run(proposeSwap("S1", 3_000, "100.00", 10_000, 1), LocalDate.of(2025, 3, 13))
                .run(acceptSwap("S1"), LocalDate.of(2025, 3, 13))
                .observe(LocalDate.of(2025, 8, 31));
        assertThat(life.licence().ledger().get(1).bucket()).isEqualTo("181+");

        Attention.of(life).isNeverNeeded(LocalDate.of(2026, 3, 3));
    }

    /** Bought on the fixture's date for 300,000.00 paid at once, the fee's falling due recorded. */
    private static AgreementLife paidUpFront(TermsBuilder terms) {
        return AgreementLife.boughtOn(PURCHASE_DATE, terms.upfrontFee(cny("300000.00")).instalments())
                .pay(PURCHASE_DATE, "300000.00").observe(PURCHASE_DATE);
    }
}
