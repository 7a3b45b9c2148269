package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;

/**
 * The end-of-day run under a licence: amounts fall due, are overdue the day after, move up the ageing
 * buckets (DelinquencyAgeing.DEFAULT: 1-30, 31-60, 61-90, 91-180, 181+), and past the grace period the
 * agreement defaults with the overdue principal and the interest charged on it, separately.
 */
class AmountsDueTest {

    /** The day {@code n} days after the upfront fee fell due on 2025-03-03. */
    private static LocalDate day(int n) {
        return UPFRONT_DUE.plusDays(n);
    }

    @Test
    void an_amount_is_not_overdue_on_its_due_date() {
        given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"))).when(observe(UPFRONT_DUE), UPFRONT_DUE)
                .thenNothingIsRecorded();
    }

    @Test
    void an_amount_unpaid_on_its_due_date_is_overdue_the_day_after_in_the_first_bucket() {
        given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"))).when(observe(day(1)), day(1))
                .thenEvents(overdue(1, day(1), "100000.00"), bucketChanged(1, null, "1-30", 1, day(1)));
    }

    @Test
    void a_partly_paid_amount_is_overdue_for_the_principal_left() {
        given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"),
                paid("TX-1", UPFRONT_DUE, "30000.00", "0.00", allocation(1, "0.00", "30000.00"))))
                .when(observe(day(1)), day(1))
                .thenEvents(overdue(1, day(1), "70000.00"), bucketChanged(1, null, "1-30", 1, day(1)));
    }

    @Test
    void an_amount_paid_on_time_never_becomes_overdue() {
        AgreementScenario paidOnTime = given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"),
                paid("TX-1", UPFRONT_DUE, "100000.00", "0.00", allocation(1, "0.00", "100000.00"))));

        paidOnTime.when(observe(day(1)), day(1)).thenNothingIsRecorded();
        paidOnTime.when(observe(day(31)), day(31)).thenNothingIsRecorded();
    }

    @Test
    void within_the_grace_period_an_overdue_amount_is_no_default() {
        given(licensedThen(upfrontOverdue())).when(observe(day(30)), day(30)).thenNothingIsRecorded();
    }

    @Test
    void after_the_grace_period_the_agreement_defaults_with_principal_and_interest_separately() {
        // interest: 100,000.00 x 0.0005 a day x 31 days = 1,550.00
        given(licensedThen(upfrontOverdue())).when(observe(day(31)), day(31))
                .thenEvents(bucketChanged(1, "1-30", "31-60", 31, day(31)), defaulted(day(31), "100000.00", "1550.00", 1));
    }

    @Test
    void the_grace_period_is_the_agreed_one() {
        // 100,000.00 x 0.0005 x 11 days = 550.00
        given(licensedOn(payingTerms().gracePeriodDays(10), upfrontOverdue())).when(observe(day(11)), day(11))
                .thenEvents(defaulted(day(11), "100000.00", "550.00", 1));
        given(licensedOn(payingTerms().gracePeriodDays(0), fellDue(1, UPFRONT_DUE, "100000.00")))
                .when(observe(day(1)), day(1)).thenEvents(overdue(1, day(1), "100000.00"),
                        bucketChanged(1, null, "1-30", 1, day(1)), defaulted(day(1), "100000.00", "50.00", 1));
    }

    @Test
    void a_late_first_run_records_overdue_the_bucket_reached_and_the_default_at_once() {
        // 100,000.00 x 0.0005 x 45 days = 2,250.00
        given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"))).when(observe(day(45)), day(45))
                .thenEvents(overdue(1, day(1), "100000.00"), bucketChanged(1, null, "31-60", 45, day(45)),
                        defaulted(day(45), "100000.00", "2250.00", 1));
    }

    @Test
    void an_overdue_amount_moves_up_through_the_default_buckets_and_defaults_only_once() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontDefaulted()));

        life.then().when(observe(day(60)), day(60)).thenNothingIsRecorded();
        life.then().when(observe(day(61)), day(61)).thenEvents(bucketChanged(1, "31-60", "61-90", 61, day(61)));
        life.observe(day(61)).then().when(observe(day(90)), day(90)).thenNothingIsRecorded();
        life.then().when(observe(day(91)), day(91)).thenEvents(bucketChanged(1, "61-90", "91-180", 91, day(91)));
        life.observe(day(91)).then().when(observe(day(180)), day(180)).thenNothingIsRecorded();
        life.then().when(observe(day(181)), day(181)).thenEvents(bucketChanged(1, "91-180", "181+", 181, day(181)));
        life.observe(day(181)).then().when(observe(day(364)), day(364)).thenNothingIsRecorded();
        life.then().when(observe(day(400)), day(400)).thenEvents(fellDue(2, SECOND_DUE, "100000.00"),
                overdue(2, SECOND_DUE.plusDays(1), "100000.00"), bucketChanged(2, null, "31-60", 35, day(400)));
    }

    @Test
    void the_default_counts_every_overdue_amount_with_its_own_interest() {
        TermsBuilder monthlyPlan = payingTerms().gracePeriodDays(40).instalment(0,
                new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(1)));
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, monthlyPlan)
                .observe(UPFRONT_DUE).observe(day(1)).observe(LocalDate.of(2025, 4, 3));

        // on 2025-04-13: #1 is 41 days late (2,050.00), #2 due 2025-04-03 is 10 days late (500.00)
        life.then().when(observe(LocalDate.of(2025, 4, 13)), LocalDate.of(2025, 4, 13)).thenEvents(
                overdue(2, LocalDate.of(2025, 4, 4), "100000.00"),
                bucketChanged(2, null, "1-30", 10, LocalDate.of(2025, 4, 13)),
                defaulted(LocalDate.of(2025, 4, 13), "200000.00", "2550.00", 1, 2));
    }

    @Test
    void a_revenue_conditional_instalment_falls_due_at_its_backstop_without_revenue() {
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, payingTerms())
                .pay(UPFRONT_DUE, "100000.00").observe(UPFRONT_DUE).pay(SECOND_DUE, "100000.00").observe(SECOND_DUE);

        life.then().when(observe(BACKSTOP.minusDays(1)), BACKSTOP.minusDays(1)).thenNothingIsRecorded();
        life.then().when(observe(BACKSTOP), BACKSTOP).thenEvents(fellDue(3, BACKSTOP, "100000.00"));
        life.then().when(observe(BACKSTOP.plusDays(1)), BACKSTOP.plusDays(1)).thenEvents(fellDue(3, BACKSTOP, "100000.00"),
                overdue(3, BACKSTOP.plusDays(1), "100000.00"), bucketChanged(3, null, "1-30", 1, BACKSTOP.plusDays(1)));
    }
}
