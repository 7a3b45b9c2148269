package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeCharged;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeDefaulted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trial fee (5,000.00 here) is charged when the trial starts (2024-03-15) and due 30 days later
 * (2024-04-14), whatever the licensee decides afterwards. Unpaid, it is overdue the day after, bears the
 * agreed late interest (0.05% a day), ages in the buckets and, past the 30 days' grace, is recorded in
 * default once; the trial and the decision go on. A licence bought takes it over as amount 1.
 */
class TrialFeeTest {

    static final LocalDate FEE_DUE = LocalDate.of(2024, 4, 14);

    static TermsBuilder feeTerms() {
        return validTerms().trialFee(cny("5000.00"));
    }

    static TrialFeeCharged feeCharged() {
        return new TrialFeeCharged(agreementId(),
                new ScheduledAmount(1, ReceivableKind.TRIAL_FEE, cny("5000.00"), FEE_DUE, null), ACCEPTANCE_DATE);
    }

    static AgreementLife trialWithFee() {
        return AgreementLife.from(List.of(proposed(feeTerms()), trialStarted(), feeCharged()));
    }

    @Test
    void the_trial_fee_is_charged_when_the_trial_starts_and_due_thirty_days_later() {
        given(proposed(feeTerms())).when(acceptBy(licensee()), ACCEPTANCE_DATE).thenEvents(trialStarted(), feeCharged());
    }

    @Test
    void a_free_trial_charges_nothing() {
        given(proposed()).when(acceptBy(licensee()), ACCEPTANCE_DATE).thenEvents(trialStarted());
    }

    @Test
    void the_trial_fee_falls_due_on_its_due_date_and_is_overdue_the_day_after() {
        trialWithFee().then().when(observe(FEE_DUE.minusDays(1)), FEE_DUE.minusDays(1)).thenNothingIsRecorded();
        trialWithFee().then().when(observe(FEE_DUE), FEE_DUE).thenEvents(fellDue(1, FEE_DUE, "5000.00"));
        trialWithFee().observe(FEE_DUE).then().when(observe(FEE_DUE.plusDays(1)), FEE_DUE.plusDays(1)).thenEvents(
                overdue(1, FEE_DUE.plusDays(1), "5000.00"), bucketChanged(1, null, "1-30", 1, FEE_DUE.plusDays(1)));
    }

    @Test
    void an_unpaid_trial_fee_is_recorded_in_default_after_the_grace_period_and_the_trial_goes_on() {
        // 31 days past due on 2024-05-15: 5,000.00 x 0.0005 x 31 = 77.50 interest
        AgreementLife life = trialWithFee().observe(FEE_DUE.plusDays(1));
        LocalDate day31 = FEE_DUE.plusDays(31);

        life.then().when(observe(day31), day31).thenEvents(bucketChanged(1, "1-30", "31-60", 31, day31),
                new TrialFeeDefaulted(agreementId(), day31, cny("5000.00"), cny("77.50")));
        assertThat(life.observe(day31).state().status()).isEqualTo(AgreementStatus.TRIAL);
        life.then().when(observe(day31.plusDays(29)), day31.plusDays(29)).thenNothingIsRecorded();
    }

    @Test
    void the_licensor_records_the_trial_fee_paid_with_its_late_interest() {
        // six days late: 5,000.00 x 0.0005 x 6 = 15.00
        LocalDate paidOn = FEE_DUE.plusDays(6);
        trialWithFee().observe(FEE_DUE.plusDays(1)).then().when(payment("TX-T", "5015.00"), paidOn).thenEvents(
                paid("TX-T", paidOn, "5015.00", "0.00", allocation(1, "15.00", "5000.00")),
                bucketChanged(1, "1-30", null, 6, paidOn));
    }

    @Test
    void a_trial_fee_paid_ahead_is_credit_applied_when_it_falls_due() {
        AgreementLife life = trialWithFee().pay(ACCEPTANCE_DATE, "5000.00");

        life.then().when(observe(FEE_DUE), FEE_DUE).thenEvents(fellDue(1, FEE_DUE, "5000.00"),
                creditApplied(FEE_DUE, allocation(1, "0.00", "5000.00")));
        life.observe(FEE_DUE).then().when(payment("TX-2", "10.00"), FEE_DUE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.TRIAL, "payment-while-licensed");
    }

    @Test
    void walking_away_leaves_the_trial_fee_owed_and_ageing() {
        LocalDate walkedOn = LocalDate.of(2024, 6, 1);
        AgreementLife life = trialWithFee().observe(FEE_DUE.plusDays(31)).run(walkAwayBy(licensee()), walkedOn);
        assertThat(life.state().status()).isEqualTo(AgreementStatus.RELEASED);

        life.then().when(observe(FEE_DUE.plusDays(61)), FEE_DUE.plusDays(61))
                .thenEvents(bucketChanged(1, "31-60", "61-90", 61, FEE_DUE.plusDays(61)));
        // 5,000.00 + 5,000.00 x 0.0005 x 48 days = 5,120.00, paid after the release
        life.then().when(payment("TX-T", "5120.00"), walkedOn).thenEvents(
                paid("TX-T", walkedOn, "5120.00", "0.00", allocation(1, "120.00", "5000.00")),
                bucketChanged(1, "31-60", null, 48, walkedOn));
    }

    @Test
    void a_lapsed_agreement_still_owes_its_trial_fee() {
        AgreementLife life = trialWithFee().observe(FEE_DUE.plusDays(31)).observe(WINDOW_END);

        assertThat(life.state().status()).isEqualTo(AgreementStatus.LAPSED);
        assertThat(States.account(life.state()).ledger().get(1).bucket()).isEqualTo("181+");
        assertThat(States.account(life.state()).defaulted().on()).isEqualTo(FEE_DUE.plusDays(31));
    }

    @Test
    void buying_takes_the_trial_fee_over_as_the_licences_first_amount() {
        LocalDate boughtOn = LocalDate.of(2024, 5, 1);
        AgreementLife life = trialWithFee().observe(FEE_DUE.plusDays(1));

        LicencePurchased purchase = (LicencePurchased) life.run(purchaseBy(licensee()), boughtOn).history().stream()
                .filter(LicencePurchased.class::isInstance).findFirst().orElseThrow();
        assertThat(purchase.schedule()).extracting(ScheduledAmount::number).containsExactly(2, 3, 4);
        assertThat(life.licence().ledger().get(1).kind()).isEqualTo(ReceivableKind.TRIAL_FEE);
        assertThat(life.history()).filteredOn(AmountFellDue.class::isInstance).hasSize(1);
    }

    @Test
    void a_trial_fee_unpaid_past_the_grace_period_puts_the_licence_bought_in_default() {
        LocalDate day31 = FEE_DUE.plusDays(31);
        AgreementLife life = trialWithFee().observe(FEE_DUE.plusDays(1)).run(purchaseBy(licensee()), LocalDate.of(2024, 5, 1));

        life.then().when(observe(day31), day31).thenEvents(bucketChanged(1, "1-30", "31-60", 31, day31),
                defaulted(day31, "5000.00", "77.50", 1));
    }

    @Test
    void a_trial_fee_needs_attention_on_its_due_date_before_the_trial_ends() {
        Attention.of(trialWithFee()).isOn(FEE_DUE, AmountFellDue.class);
    }

    @Test
    void a_release_owing_a_trial_fee_needs_attention_until_it_is_settled() {
        AgreementLife released = trialWithFee().observe(FEE_DUE.plusDays(31)).run(walkAwayBy(licensee()), FEE_DUE.plusDays(40));

        Attention.of(released).isOn(FEE_DUE.plusDays(61), AgreementEvent.DelinquencyBucketChanged.class);
        Attention.of(released.pay(FEE_DUE.plusDays(40), "5100.00")).isNeverNeeded(FEE_DUE);
    }
}
