package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementLapsed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceConverted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialEnded;
import com.foretaste.domain.licensing.agreement.AgreementState.DecisionPending;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.givenNoAgreement;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.payingTerms;
import static org.assertj.core.api.Assertions.assertThat;

/** The end-of-day run ends the trial, opens the decision window, and closes it: lapse or convert. */
class TrialEndTest {

    @Test
    void the_trial_runs_through_its_last_day() {
        given(proposed(), trialStarted()).when(observe(TRIAL_END.minusDays(1)), TRIAL_END.minusDays(1))
                .thenNothingIsRecorded();
    }

    @Test
    void at_trial_end_the_decision_window_opens_for_the_agreed_days() {
        given(proposed(), trialStarted()).when(observe(TRIAL_END), TRIAL_END)
                .thenEvents(new TrialEnded(agreementId(), TRIAL_END, new DateRange(TRIAL_END, WINDOW_END)));

        AgreementState pending = given(proposed(), trialStarted(), trialEnded()).state();
        assertThat(pending).isEqualTo(new DecisionPending(States.offer(pending), PROPOSAL_DATE, trialStarted().trial(),
                new DateRange(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 4, 14)), TrialAccount.opened(Money.CNY)));
    }

    @Test
    void a_longer_decision_window_stays_open_longer() {
        given(proposed(validTerms().decisionWindowDays(45)), trialStarted()).when(observe(TRIAL_END), TRIAL_END)
                .thenEvents(new TrialEnded(agreementId(), TRIAL_END, new DateRange(TRIAL_END, LocalDate.of(2025, 4, 29))));
    }

    @Test
    void the_window_stays_open_through_its_last_day() {
        given(proposed(), trialStarted(), trialEnded()).when(observe(WINDOW_END.minusDays(1)), WINDOW_END.minusDays(1))
                .thenNothingIsRecorded();
    }

    @Test
    void without_a_decision_the_agreement_lapses_when_the_window_closes() {
        given(proposed(), trialStarted(), trialEnded()).when(observe(WINDOW_END), WINDOW_END)
                .thenEvents(new AgreementLapsed(agreementId(), WINDOW_END));

        AgreementState lapsed = given(proposed(), trialStarted(), trialEnded(),
                new AgreementLapsed(agreementId(), WINDOW_END)).state();
        assertThat(lapsed.status()).isEqualTo(AgreementStatus.LAPSED);
        assertThat(States.licence(lapsed)).isNull();
    }

    @Test
    void without_a_decision_the_licence_converts_where_the_terms_say_so() {
        TermsBuilder convert = payingTerms().convertWhenNoDecision();

        given(proposed(convert), trialStarted(), trialEnded()).when(observe(WINDOW_END), WINDOW_END)
                .thenEvents(new LicenceConverted(agreementId(), WINDOW_END, DateRange.ofMonths(WINDOW_END, 60), List.of(
                        new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, cny("100000.00"), WINDOW_END, null),
                        new ScheduledAmount(2, ReceivableKind.INSTALMENT, cny("100000.00"), LocalDate.of(2026, 4, 14), null),
                        new ScheduledAmount(3, ReceivableKind.INSTALMENT, cny("100000.00"), null, LocalDate.of(2027, 4, 14)))),
                        LicenceFixture.fellDue(1, WINDOW_END, "100000.00"));
    }

    @Test
    void a_converted_licence_is_in_force_and_marked_as_converted() {
        AgreementState converted = AgreementLife.from(List.of(proposed(payingTerms().convertWhenNoDecision()),
                trialStarted(), trialEnded())).observe(WINDOW_END).state();

        assertThat(converted.status()).isEqualTo(AgreementStatus.LICENSED);
        assertThat(States.licence(converted).converted()).isTrue();
        assertThat(States.licence(converted).licensedOn()).isEqualTo(WINDOW_END);
    }

    @Test
    void a_run_after_both_dates_ends_the_trial_and_closes_the_window_in_order() {
        given(proposed(), trialStarted()).when(observe(WINDOW_END.plusDays(3)), WINDOW_END.plusDays(3))
                .thenEvents(trialEnded(), new AgreementLapsed(agreementId(), WINDOW_END));
    }

    @Test
    void observing_the_trial_end_again_records_nothing_new() {
        given(proposed(), trialStarted(), trialEnded()).when(observe(TRIAL_END), TRIAL_END).thenNothingIsRecorded();
        given(proposed(), trialStarted(), trialEnded()).when(observe(TRIAL_END.minusDays(5)), TRIAL_END)
                .thenNothingIsRecorded();
        given(proposed(), trialStarted(), trialEnded(), new AgreementLapsed(agreementId(), WINDOW_END))
                .when(observe(WINDOW_END), WINDOW_END).thenNothingIsRecorded();
    }

    @Test
    void proposals_and_ended_agreements_have_no_dates_to_observe() {
        given(proposed()).when(observe(TRIAL_END), TRIAL_END).thenNothingIsRecorded();
        given(proposed(), withdrawn()).when(observe(TRIAL_END), TRIAL_END).thenNothingIsRecorded();
        given(proposed(), trialStarted(), new AgreementEvent.WalkedAway(agreementId(), TRIAL_END.minusDays(1), ""))
                .when(observe(WINDOW_END), WINDOW_END).thenNothingIsRecorded();
    }

    @Test
    void an_unknown_agreement_has_no_dates_to_observe() {
        givenNoAgreement().when(observe(TRIAL_END), TRIAL_END).thenRejected(RejectionKind.NOT_FOUND, "agreement-exists");
    }
}
