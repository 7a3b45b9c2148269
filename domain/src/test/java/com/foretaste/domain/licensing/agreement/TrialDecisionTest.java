package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ReportTrialFindings;
import com.foretaste.domain.licensing.agreement.AgreementCommand.WalkAway;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementLapsed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicencePurchased;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFindingsReported;
import com.foretaste.domain.licensing.agreement.AgreementEvent.WalkedAway;
import com.foretaste.domain.licensing.agreement.AgreementState.Released;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** During the trial and its decision window: findings, buying the licence, walking away. */
class TrialDecisionTest {

    private static final LocalDate IN_TRIAL = LocalDate.of(2024, 12, 2);
    private static final LocalDate IN_WINDOW = LocalDate.of(2025, 4, 1);

    @Test
    void the_licensee_reports_findings_during_the_trial() {
        given(proposed(), trialStarted()).when(findingsBy(licensee()), IN_TRIAL)
                .thenEvents(new TrialFindingsReported(agreementId(), "pilot line ran 9 months",
                        List.of("defect rate down 30%"), IN_TRIAL));
    }

    @Test
    void the_licensee_reports_findings_in_the_decision_window() {
        given(proposed(), trialStarted(), trialEnded())
                .when(new ReportTrialFindings(agreementId(), licensee(), " yield up 12% ", null), IN_WINDOW)
                .thenEvents(new TrialFindingsReported(agreementId(), "yield up 12%", List.of(), IN_WINDOW));
    }

    @Test
    void findings_need_a_summary() {
        given(proposed(), trialStarted()).when(new ReportTrialFindings(agreementId(), licensee(), " ", List.of()), IN_TRIAL)
                .thenInvalid("findings-summary-required", "summary");
    }

    @Test
    void only_the_licensee_reports_findings() {
        given(proposed(), trialStarted()).when(findingsBy(licensor()), IN_TRIAL)
                .thenRejected(RejectionKind.NOT_A_PARTY, "findings-by-licensee");
    }

    @Test
    void findings_are_reported_only_during_the_trial_or_the_window() {
        given(proposed()).when(findingsBy(licensee()), ACCEPTANCE_DATE)
                .thenNotAllowedIn(AgreementStatus.PROPOSED, "findings-during-trial");
        given(licensedThen()).when(findingsBy(licensee()), PURCHASE_DATE)
                .thenNotAllowedIn(AgreementStatus.LICENSED, "findings-during-trial");
    }

    @Test
    void buying_during_the_trial_starts_the_licence_term_and_binds_the_plan() {
        given(proposed(payingTerms()), trialStarted()).when(purchaseBy(licensee()), PURCHASE_DATE)
                .thenEvents(new LicencePurchased(agreementId(), PURCHASE_DATE,
                        new DateRange(PURCHASE_DATE, LocalDate.of(2030, 3, 3)), schedule()),
                        fellDue(1, PURCHASE_DATE, "100000.00"));
    }

    @Test
    void buying_in_the_decision_window_starts_the_licence_that_day() {
        given(proposed(payingTerms()), trialStarted(), trialEnded()).when(purchaseBy(licensee()), IN_WINDOW)
                .thenEvents(new LicencePurchased(agreementId(), IN_WINDOW, DateRange.ofMonths(IN_WINDOW, 60), List.of(
                        new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, cny("100000.00"), IN_WINDOW, null),
                        new ScheduledAmount(2, ReceivableKind.INSTALMENT, cny("100000.00"), LocalDate.of(2026, 4, 1), null),
                        new ScheduledAmount(3, ReceivableKind.INSTALMENT, cny("100000.00"), null, LocalDate.of(2027, 4, 1)))),
                        fellDue(1, IN_WINDOW, "100000.00"));
    }

    @Test
    void only_the_licensee_buys() {
        given(proposed(), trialStarted()).when(purchaseBy(licensor()), IN_TRIAL)
                .thenRejected(RejectionKind.NOT_A_PARTY, "purchase-by-licensee");
    }

    @Test
    void a_licence_is_bought_only_during_the_trial_or_the_window() {
        given(proposed()).when(purchaseBy(licensee()), ACCEPTANCE_DATE)
                .thenNotAllowedIn(AgreementStatus.PROPOSED, "purchase-during-trial-or-window");
        given(proposed(), trialStarted(), trialEnded(), new AgreementLapsed(agreementId(), WINDOW_END))
                .when(purchaseBy(licensee()), WINDOW_END)
                .thenNotAllowedIn(AgreementStatus.LAPSED, "purchase-during-trial-or-window");
        given(licensedThen()).when(purchaseBy(licensee()), PURCHASE_DATE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.LICENSED, "purchase-during-trial-or-window");
    }

    @Test
    void walking_away_during_the_trial_costs_nothing() {
        WalkedAway walkedAway = new WalkedAway(agreementId(), IN_TRIAL, "no market for the product");

        given(proposed(), trialStarted()).when(walkAwayBy(licensee()), IN_TRIAL).thenEvents(walkedAway);

        AgreementState released = given(proposed(), trialStarted(), walkedAway).state();
        assertThat(released).isInstanceOfSatisfying(Released.class, r -> {
            assertThat(r.releasedOn()).isEqualTo(IN_TRIAL);
            assertThat(r.reason()).isEqualTo("no market for the product");
        });
        assertThat(States.licence(released)).as("no licence, nothing owed").isNull();
    }

    @Test
    void walking_away_in_the_window_needs_no_reason() {
        given(proposed(), trialStarted(), trialEnded()).when(new WalkAway(agreementId(), licensee(), null), IN_WINDOW)
                .thenEvents(new WalkedAway(agreementId(), IN_WINDOW, ""));
    }

    @Test
    void only_the_licensee_walks_away() {
        given(proposed(), trialStarted()).when(walkAwayBy(licensor()), IN_TRIAL)
                .thenRejected(RejectionKind.NOT_A_PARTY, "walk-away-by-licensee");
    }

    @Test
    void there_is_no_walking_away_from_a_bought_licence() {
        given(licensedThen()).when(walkAwayBy(licensee()), PURCHASE_DATE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.LICENSED, "walk-away-during-trial-or-window");
        given(proposed(), trialStarted(), new WalkedAway(agreementId(), IN_TRIAL, ""))
                .when(walkAwayBy(licensee()), IN_TRIAL.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.RELEASED, "walk-away-during-trial-or-window");
    }
}
