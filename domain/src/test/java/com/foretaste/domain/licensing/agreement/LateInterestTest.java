package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LateInterest: simple interest per day past due on the outstanding principal at the daily rate,
 * rounded HALF_EVEN once for each run of days with the same principal.
 */
class LateInterestTest {

    @Test
    void late_interest_accrues_per_day_on_overdue_principal_and_is_paid_before_it() {
        // 100,000.00 CNY due 2025-03-03, overdue from 2025-03-04 at 0.0005 a day.
        AgreementLife life = AgreementLife.from(licensedThen(upfrontOverdue()));
        LocalDate day10 = LocalDate.of(2025, 3, 13);
        LocalDate day30 = LocalDate.of(2025, 4, 2);

        // Day 10, 40,000.00 paid: interest 100,000.00 x 0.0005 x 10 days = 500.00 is paid first,
        // then 40,000.00 - 500.00 = 39,500.00 of principal; 100,000.00 - 39,500.00 = 60,500.00 remains.
        life.then().when(payment("TX-1", "40000.00"), day10).thenEvents(
                paid("TX-1", day10, "40000.00", "0.00", allocation(1, "500.00", "39500.00")));
        life.run(payment("TX-1", "40000.00"), day10);
        assertThat(life.licence().ledger().get(1).outstandingPrincipal()).isEqualTo(cny("60500.00"));

        // Day 30, still inside the 30-day grace period: interest 60,500.00 x 0.0005 x 20 days = 605.00,
        // so 605.00 + 60,500.00 = 61,105.00 settles the amount exactly.
        life.then().when(payment("TX-2", "61105.00"), day30).thenEvents(
                paid("TX-2", day30, "61105.00", "0.00", allocation(1, "605.00", "60500.00")),
                bucketChanged(1, "1-30", null, 30, day30));
        assertThat(life.run(payment("TX-2", "61105.00"), day30).licence().ledger().get(1).isSettled()).isTrue();
    }

    @Test
    void interest_runs_from_the_day_after_the_due_date() {
        given(licensedThen(upfrontOverdue())).when(payment("TX-1", "100050.00"), UPFRONT_DUE.plusDays(1))
                .thenEvents(paid("TX-1", UPFRONT_DUE.plusDays(1), "100050.00", "0.00",
                        allocation(1, "50.00", "100000.00")), bucketChanged(1, "1-30", null, 1, UPFRONT_DUE.plusDays(1)));
    }

    @Test
    void without_a_late_interest_rate_nothing_but_principal_is_owed() {
        given(licensedOn(payingTerms().lateInterestDailyRate("0"), upfrontOverdue()))
                .when(payment("TX-1", "100000.00"), UPFRONT_DUE.plusDays(20))
                .thenEvents(paid("TX-1", UPFRONT_DUE.plusDays(20), "100000.00", "0.00",
                        allocation(1, "0.00", "100000.00")), bucketChanged(1, "1-30", null, 20, UPFRONT_DUE.plusDays(20)));
    }

    @Test
    void interest_is_the_principal_times_the_daily_rate_times_the_days() {
        assertThat(LateInterest.on(cny("100000.00"), Rate.of("0.0005"), 10)).isEqualTo(cny("500.00"));
        assertThat(LateInterest.on(cny("60500.00"), Rate.of("0.0005"), 20)).isEqualTo(cny("605.00"));
        assertThat(LateInterest.on(cny("100000.00"), Rate.of("0.0005"), 0)).isEqualTo(cny("0.00"));
        assertThat(LateInterest.on(cny("0.00"), Rate.of("0.0005"), 30)).isEqualTo(cny("0.00"));
    }

    @Test
    void interest_is_rounded_half_even_to_the_fen() {
        // 1,000.00 x 0.000005 = 0.005 -> 0.00 (to even); 3,000.00 x 0.000005 = 0.015 -> 0.02 (to even)
        assertThat(LateInterest.on(cny("1000.00"), Rate.of("0.000005"), 1)).isEqualTo(cny("0.00"));
        assertThat(LateInterest.on(cny("3000.00"), Rate.of("0.000005"), 1)).isEqualTo(cny("0.02"));
        // 33,333.33 x 0.0005 x 5 days = 83.333325 -> 83.33, not 5 x 16.67
        assertThat(LateInterest.on(cny("33333.33"), Rate.of("0.0005"), 5)).isEqualTo(cny("83.33"));
    }

    @Test
    void a_payment_to_one_amount_does_not_cut_the_interest_run_of_another() {
        // #1 100,000.00 and #2 33,333.33 both due at purchase (2025-03-03), 0.0005 a day, 90 days' grace
        TermsBuilder twoAtPurchase = payingTerms().gracePeriodDays(90).licenceFee(cny("133333.33")).instalments(
                new Instalment(cny("33333.33"), new DueRule.MonthsAfterLicenceStart(0)));
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, twoAtPurchase).observe(UPFRONT_DUE)
                .observe(UPFRONT_DUE.plusDays(1));
        LocalDate day5 = UPFRONT_DUE.plusDays(5);

        // Day 1: 10,000.00 pays #1's interest of 50.00 and 9,950.00 of its principal; #2 is untouched.
        life.run(payment("TX-1", "10000.00"), UPFRONT_DUE.plusDays(1));
        // Day 5: #1 owes 90,050.00 x 0.0005 x 4 = 180.10; #2's principal never changed, so its 5 days are
        // one run: 33,333.33 x 0.0005 x 5 = 83.33 (two runs of 1 and 4 days would give 16.67 + 66.67 = 83.34).
        // 200,000.00 - 180.10 - 90,050.00 - 83.33 - 33,333.33 = 76,353.24 credit.
        life.then().when(payment("TX-2", "200000.00"), day5).thenEvents(paid("TX-2", day5, "200000.00", "76353.24",
                allocation(1, "180.10", "90050.00"), allocation(2, "83.33", "33333.33")),
                bucketChanged(1, "1-30", null, 5, day5), bucketChanged(2, "1-30", null, 5, day5));
    }

    @Test
    void the_interest_owed_is_charged_up_to_the_day_and_shown_pending_before_it_is_recorded() {
        Receivable upfront = States.licence(given(licensedThen(upfrontOverdue())).state()).ledger().get(1);

        assertThat(upfront.pendingInterest(UPFRONT_DUE.plusDays(30), Rate.of("0.0005"))).isEqualTo(cny("1500.00"));
        assertThat(upfront.accruedTo(UPFRONT_DUE.plusDays(30), Rate.of("0.0005")).outstandingInterest())
                .isEqualTo(cny("1500.00"));
    }
}
