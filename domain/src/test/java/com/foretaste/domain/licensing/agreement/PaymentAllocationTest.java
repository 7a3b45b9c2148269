package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.RecordPayment;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Payments go oldest due first, each amount's interest before its principal; what is left is credit. */
class PaymentAllocationTest {

    private static final LocalDate LATER = LocalDate.of(2025, 5, 1);

    private static AgreementEvent[] upfrontPaidWithCredit(String paid, String credit) {
        return new AgreementEvent[]{fellDue(1, UPFRONT_DUE, "100000.00"),
                paid("TX-1", UPFRONT_DUE, paid, credit, allocation(1, "0.00", "100000.00"))};
    }

    @Test
    void a_payment_on_the_due_date_pays_the_amount_due() {
        given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"))).when(payment(" TX-1 ", "100000.00"), UPFRONT_DUE)
                .thenEvents(paid("TX-1", UPFRONT_DUE, "100000.00", "0.00", allocation(1, "0.00", "100000.00")));
    }

    @Test
    void a_payment_goes_to_the_oldest_amount_due_first_interest_before_principal() {
        TermsBuilder monthlyPlan = payingTerms().gracePeriodDays(90).instalment(0,
                new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(1)));
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, monthlyPlan)
                .observe(UPFRONT_DUE).observe(LocalDate.of(2025, 4, 4));
        LocalDate paidOn = LocalDate.of(2025, 4, 10);

        // #1 due 2025-03-03, 38 days: 1,900.00 interest; #2 due 2025-04-03, 7 days: 350.00 interest
        life.then().when(payment("TX-2", "150000.00"), paidOn).thenEvents(paid("TX-2", paidOn, "150000.00", "0.00",
                allocation(1, "1900.00", "100000.00"), allocation(2, "350.00", "47750.00")),
                bucketChanged(1, "31-60", null, 38, paidOn));
    }

    @Test
    void a_payment_below_the_interest_owed_pays_interest_only_and_the_rest_stays_owed_first() {
        LocalDate day10 = UPFRONT_DUE.plusDays(10);
        AgreementLife life = AgreementLife.from(licensedThen(upfrontOverdue()));

        // 100,000.00 x 0.0005 x 10 days = 500.00 owed in interest
        life.then().when(payment("TX-1", "300.00"), day10)
                .thenEvents(paid("TX-1", day10, "300.00", "0.00", allocation(1, "300.00", "0.00")));
        life.run(payment("TX-1", "300.00"), day10).then().when(payment("TX-2", "1000.00"), day10)
                .thenEvents(paid("TX-2", day10, "1000.00", "0.00", allocation(1, "200.00", "800.00")));
    }

    @Test
    void an_overpayment_becomes_credit() {
        given(licensedThen(fellDue(1, UPFRONT_DUE, "100000.00"))).when(payment("TX-1", "120000.00"), UPFRONT_DUE)
                .thenEvents(paid("TX-1", UPFRONT_DUE, "120000.00", "20000.00", allocation(1, "0.00", "100000.00")));

        AgreementState withCredit = given(licensedThen(upfrontPaidWithCredit("120000.00", "20000.00"))).state();
        assertThat(States.licence(withCredit).ledger().credit()).isEqualTo(cny("20000.00"));
    }

    @Test
    void a_payment_when_nothing_is_due_is_all_credit_and_pays_nothing_not_yet_due() {
        given(licensedThen(upfrontPaidWithCredit("100000.00", "0.00"))).when(payment("TX-2", "5000.00"), LATER)
                .thenEvents(paid("TX-2", LATER, "5000.00", "5000.00"));
    }

    @Test
    void credit_is_applied_when_the_next_amount_falls_due() {
        AgreementScenario withCredit = given(licensedThen(upfrontPaidWithCredit("120000.00", "20000.00")));

        withCredit.when(observe(SECOND_DUE.minusDays(1)), SECOND_DUE.minusDays(1)).thenNothingIsRecorded();
        withCredit.when(observe(SECOND_DUE), SECOND_DUE).thenEvents(fellDue(2, SECOND_DUE, "100000.00"),
                creditApplied(SECOND_DUE, allocation(2, "0.00", "20000.00")));
    }

    @Test
    void what_credit_does_not_cover_is_overdue_the_day_after() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontPaidWithCredit("120000.00", "20000.00")))
                .observe(SECOND_DUE);

        life.then().when(observe(SECOND_DUE.plusDays(1)), SECOND_DUE.plusDays(1)).thenEvents(
                overdue(2, SECOND_DUE.plusDays(1), "80000.00"), bucketChanged(2, null, "1-30", 1, SECOND_DUE.plusDays(1)));
        assertThat(life.licence().ledger().credit()).isEqualTo(cny("0.00"));
    }

    @Test
    void credit_larger_than_the_amount_due_pays_it_and_the_rest_stays_credit() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontPaidWithCredit("250000.00", "150000.00")));

        life.then().when(observe(SECOND_DUE), SECOND_DUE).thenEvents(fellDue(2, SECOND_DUE, "100000.00"),
                creditApplied(SECOND_DUE, allocation(2, "0.00", "100000.00")));
        assertThat(life.observe(SECOND_DUE).licence().ledger().credit()).isEqualTo(cny("50000.00"));
        life.then().when(observe(SECOND_DUE.plusDays(1)), SECOND_DUE.plusDays(1)).thenNothingIsRecorded();
    }

    @Test
    void the_licensor_records_money_received() {
        given(licensedThen()).when(new RecordPayment(agreementId(), licensee(), "TX-1", cny("100.00")), LATER)
                .thenRejected(RejectionKind.NOT_A_PARTY, "payment-recorded-by-licensor");
    }

    @Test
    void a_payment_needs_a_reference_and_a_positive_amount_in_the_agreements_currency() {
        given(licensedThen()).when(payment(" ", "100.00"), LATER).thenInvalid("payment-reference-required", "reference");
        given(licensedThen()).when(payment("TX-1", "0.00"), LATER).thenInvalid("amount-positive", "amount");
        given(licensedThen()).when(payment("TX-1", "-5.00"), LATER).thenInvalid("amount-positive", "amount");
        given(licensedThen()).when(new RecordPayment(agreementId(), licensor(), "TX-1", usd("100.00")), LATER)
                .thenInvalid("single-currency", "amount");
    }

    @Test
    void payments_are_recorded_only_against_a_licence_in_force() {
        given(proposed(), trialStarted()).when(payment("TX-1", "100.00"), LATER)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "payment-while-licensed");
        given(proposed(), trialStarted(), trialEnded(), new AgreementEvent.WalkedAway(agreementId(), WINDOW_END, ""))
                .when(payment("TX-1", "100.00"), LATER).thenNotAllowedIn(AgreementStatus.RELEASED, "payment-while-licensed");
    }
}
