package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** PaymentSchedule: at purchase the plan becomes dated amounts due, counted from the purchase date. */
class ScheduleAtPurchaseTest {

    private static List<ScheduledAmount> scheduleBuying(TermsBuilder terms, LocalDate on) {
        Decision<AgreementEvent> decision = Agreement.decide(purchaseBy(licensee()),
                given(proposed(terms), new TrialStarted(agreementId(),
                        DateRange.ofMonths(ACCEPTANCE_DATE, terms.build().trialMonths()))).state(), on);
        return ((LicencePurchased) ((Decision.Accepted<AgreementEvent>) decision).events().get(0)).schedule();
    }

    private static ScheduledAmount instalment(int number, String amount, LocalDate dueOn, LocalDate backstopOn) {
        return new ScheduledAmount(number, ReceivableKind.INSTALMENT, cny(amount), dueOn, backstopOn);
    }

    @Test
    void the_upfront_fee_is_due_on_the_purchase_date() {
        assertThat(scheduleBuying(payingTerms(), PURCHASE_DATE).get(0))
                .isEqualTo(new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, cny("100000.00"), PURCHASE_DATE, null));
    }

    @Test
    void an_instalment_months_after_the_licence_start_counts_from_the_purchase_date() {
        assertThat(scheduleBuying(payingTerms(), PURCHASE_DATE).get(1))
                .isEqualTo(instalment(2, "100000.00", LocalDate.of(2026, 3, 3), null));
        assertThat(scheduleBuying(payingTerms(), LocalDate.of(2024, 8, 31)).get(1))
                .isEqualTo(instalment(2, "100000.00", LocalDate.of(2025, 8, 31), null));
    }

    @Test
    void an_instalment_zero_months_after_the_licence_start_is_due_at_purchase() {
        TermsBuilder atPurchase = validTerms().instalments(
                new Instalment(cny("300000.00"), new DueRule.MonthsAfterLicenceStart(0)));

        assertThat(scheduleBuying(atPurchase, PURCHASE_DATE)).containsExactly(instalment(1, "300000.00", PURCHASE_DATE, null));
    }

    @Test
    void a_revenue_conditional_instalment_waits_with_its_backstop_date() {
        assertThat(scheduleBuying(payingTerms(), PURCHASE_DATE).get(2))
                .isEqualTo(instalment(3, "100000.00", null, LocalDate.of(2027, 3, 3)));
    }

    @Test
    void a_dated_instalment_is_due_on_its_date() {
        assertThat(scheduleBuying(validTerms(), PURCHASE_DATE).get(2))
                .isEqualTo(instalment(3, "100000.00", LocalDate.of(2027, 6, 30), null));
    }

    @Test
    void a_dated_instalment_whose_date_passed_before_the_purchase_is_due_at_purchase() {
        LocalDate latePurchase = LocalDate.of(2025, 7, 15);
        TermsBuilder longTrial = validTerms().trialMonths(36)
                .instalment(2, new Instalment(cny("100000.00"), new DueRule.OnDate(LocalDate.of(2025, 6, 30))));

        assertThat(scheduleBuying(longTrial, latePurchase).get(2))
                .isEqualTo(instalment(3, "100000.00", latePurchase, null));
    }

    @Test
    void without_an_upfront_fee_the_instalments_are_numbered_from_one() {
        assertThat(scheduleBuying(validTerms(), PURCHASE_DATE)).containsExactly(
                instalment(1, "100000.00", null, LocalDate.of(2026, 3, 3)),
                instalment(2, "100000.00", LocalDate.of(2027, 3, 3), null),
                instalment(3, "100000.00", LocalDate.of(2027, 6, 30), null));
    }

    @Test
    void a_royalty_only_licence_has_nothing_scheduled_at_purchase() {
        TermsBuilder royaltyOnly = validTerms().licenceFee(cny("0.00")).instalments().royalty("0.05", null);

        assertThat(scheduleBuying(royaltyOnly, PURCHASE_DATE)).isEmpty();
    }

    @Test
    void the_schedule_adds_up_exactly_to_the_licence_fee() {
        TermsBuilder uneven = validTerms().licenceFee(cny("250000.00")).upfrontFee(cny("50000.01")).instalments(
                new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(12)),
                new Instalment(cny("99999.99"), new DueRule.OnFirstRevenue(24)));

        assertThat(scheduleBuying(uneven, PURCHASE_DATE).stream().map(ScheduledAmount::amount)
                .reduce(cny("0.00"), Money::plus)).isEqualTo(cny("250000.00"));
    }

    @Test
    void an_upfront_fee_not_recorded_at_purchase_falls_due_when_the_purchase_date_is_observed() {
        // histories stored before the purchase recorded what falls due at the licence start
        given(licensedThen()).when(observe(PURCHASE_DATE), PURCHASE_DATE)
                .thenEvents(fellDue(1, PURCHASE_DATE, "100000.00"));
    }

    @Test
    void the_licence_term_runs_the_agreed_months_from_the_purchase() {
        AgreementState licensed = given(licensedThen()).state();

        assertThat(States.licence(licensed).term().start()).isEqualTo(PURCHASE_DATE);
        assertThat(States.licence(licensed).term().endExclusive()).isEqualTo(LocalDate.of(2030, 3, 3));
        assertThat(States.licence(licensed).ledger().principalOutstanding()).isEqualTo(cny("300000.00"));
    }
}
